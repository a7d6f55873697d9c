/** The JSON body of every 4xx/5xx answer (`ErrorResponseSchema` in the protocol). */
export function errorBody(message: string): { error: string } {
  return { error: message };
}
