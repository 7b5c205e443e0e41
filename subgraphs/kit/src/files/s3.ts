import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStore } from './store';
import { sha256Hex } from './store';

/** Where and as whom the S3-compatible store is reached (`ONEDOOR_S3_*`, parsed by `loadConfig`). */
export interface S3Settings {
  bucket: string;
  /** The store's own address (MinIO, Ceph, a cloud's S3 endpoint): the only host the client ever calls. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key, so one bucket can hold several installations (`onedoor/`); empty by default. */
  prefix: string;
  /** Bucket in the path (`endpoint/bucket/key`), as MinIO and most self-hosted stores expect; true by default. */
  forcePathStyle: boolean;
}

const CHECKSUM = /^[0-9a-f]{64}$/;

const notFound = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * A file store in an S3-compatible bucket, under the same content addresses as the local store
 * (`<prefix>ab/abcdef…`). The client is given everything it would otherwise look up: the endpoint, the region,
 * static credentials and the defaults mode, so it never asks instance metadata, a profile's SSO or AWS's own
 * hosts for any of them. Bytes read back are checked against their checksum before anyone gets them.
 */
export function s3FileStore(settings: S3Settings): FileStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // 'auto' (which an AWS_DEFAULTS_MODE variable could select) probes the instance metadata service.
    defaultsMode: 'standard',
    // Checksums only where S3 requires them: many S3-compatible stores refuse the newer default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const keyOf = (sha256: string) => {
    if (!CHECKSUM.test(sha256)) throw new Error(`Not a SHA-256 checksum: ${sha256}`);
    return `${settings.prefix}${sha256.slice(0, 2)}/${sha256}`;
  };
  const has = async (sha256: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (notFound(error)) return false;
      throw error;
    }
  };
  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      if (!(await has(sha256))) {
        await client.send(
          new PutObjectCommand({
            Bucket: settings.bucket,
            Key: keyOf(sha256),
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: 'application/octet-stream',
            ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
          }),
        );
      }
      return { sha256, size: bytes.byteLength };
    },
    async get(sha256) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: keyOf(sha256) }));
        const bytes = await answer.Body!.transformToByteArray();
        if (sha256Hex(bytes) !== sha256)
          throw new Error(`The bytes stored under ${sha256} do not match their checksum: the store was altered.`);
        return bytes;
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    has,
  };
}
