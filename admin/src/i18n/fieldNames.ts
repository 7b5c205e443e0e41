/** The translation key of a resource's field name (`resources.cases.fields.status`), the key react-admin labels it by. */
export const fieldNameOf = (resource: string) => (field: string) => `resources.${resource}.fields.${field}`;
