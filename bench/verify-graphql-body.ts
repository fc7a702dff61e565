/**
 * autocannon's verifyBody for GraphQL targets, loaded by path inside its
 * worker thread (functions cannot cross to a worker). GraphQL reports
 * errors with status 200, so a 2xx alone does not mean success. Kept to a
 * prefix check and a substring search: it runs on every response in the
 * load generator, for every target alike.
 */
export = function verifyGraphQLBody(body: string): boolean {
  return body.startsWith('{"data":{') && !body.includes('"errors":');
};
