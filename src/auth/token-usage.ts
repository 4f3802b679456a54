// The token commands' help, apart from their code so `newsroom --help` loads no database modules.
export const TOKEN_USAGE = `  token create --role reader|editor|admin --name NAME
                                    create an API token; it is printed once, as the last line
  token list                        names, roles, created, last used, revoked (never the tokens)
  token revoke NAME                 revoke a token at once`;
