/** A failure talking to Kajabi's API, worded for the operator running `npm run kajabi:hooks`. */
export class KajabiApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "KajabiApiError";
  }
}
