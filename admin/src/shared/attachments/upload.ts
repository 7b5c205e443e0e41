/** What the API answers a request for an upload: where to send the bytes, how, and how many at most. */
export interface UploadTicket {
  url: string;
  method: string;
  maxBytes: number;
}

/** What the gateway answers stored bytes with: the receipt for the record's `attach…` mutation. */
export interface UploadReceipt {
  receipt: string;
  sha256: string;
  size: number;
  contentType: string;
  fileName: string;
}

/** The largest file the API takes (20 MiB), checked here too so a person learns it before waiting. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** What the file picker offers; the gateway reads the real type from the bytes and refuses anything else. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.heif,.docx,.xlsx';

/** The upload door's refusal in the API's error shape (`errors[].extensions.code` and `fields`), as apolloClient would give it. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly graphQLErrors: { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(graphQLErrors[0]?.message ?? `Upload refused (${status})`);
  }
}

/**
 * Sends a file's bytes to the gateway with its ticket, reporting progress (0 to 1) as they go: XMLHttpRequest,
 * since fetch reports no upload progress. The ticket is the credential; the session's token is not sent.
 */
export function uploadBytes(
  ticket: UploadTicket,
  file: Blob,
  onProgress: (done: number) => void,
): Promise<UploadReceipt> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(ticket.method, ticket.url);
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    request.onload = () => {
      let body: { errors?: UploadRefused['graphQLErrors'] } & Partial<UploadReceipt> = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        body = { errors: [{ message: request.statusText, extensions: { code: 'UNKNOWN' } }] };
      }
      if (request.status === 201 && body.receipt) resolve(body as UploadReceipt);
      else reject(new UploadRefused(request.status, body.errors ?? [{ message: request.statusText }]));
    };
    request.onerror = () => reject(new UploadRefused(0, [{ message: 'network', extensions: { code: 'NETWORK' } }]));
    request.send(file);
  });
}
