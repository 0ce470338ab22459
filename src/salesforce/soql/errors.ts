// Thrown when a query cannot be built safely. It signals a programming or input error in the caller,
// never a Salesforce response, so it is kept apart from the API error types.
export type QueryBuildErrorCode =
  | 'INVALID_IDENTIFIER'
  | 'INVALID_VALUE'
  | 'EMPTY_LIST'
  | 'EMPTY_SEARCH'
  | 'INVALID_LIMIT'
  | 'INVALID_QUERY';

export class QueryBuildError extends Error {
  override readonly name: string = 'QueryBuildError';
  readonly code: QueryBuildErrorCode;

  constructor(code: QueryBuildErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export type IdentifierKind = 'name' | 'field path';

export class InvalidIdentifierError extends QueryBuildError {
  override readonly name = 'InvalidIdentifierError';
  readonly identifier: string;
  readonly kind: IdentifierKind;

  constructor(identifier: string, kind: IdentifierKind) {
    super('INVALID_IDENTIFIER', `Not a valid Salesforce ${kind}: ${JSON.stringify(identifier)}`);
    this.identifier = identifier;
    this.kind = kind;
  }
}
