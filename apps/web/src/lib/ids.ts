const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A query parameter that holds an id (`?signalId=`, `?visitId=`); anything else is ignored rather than sent to the server. */
export function isUuid(value: string | null | undefined): value is string {
  return !!value && uuidPattern.test(value);
}
