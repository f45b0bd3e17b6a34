/**
 * What the content API says when it refuses, for the developers of the apps that call it: each sentence in both
 * languages, Korean first, as the answer has no page language to follow. Keys are the route contract's codes
 * (lib/actions/failure.ts), the key checks' own and the query checks' (`{ error: code }` in lib/content-api/schemas.ts).
 */
export const contentApiMessages = {
  invalid: '요청이 올바르지 않습니다. The request is not valid.',
  notFound: '찾는 항목이 없습니다. Nothing was found at this address.',
  unavailable: '잠시 이용할 수 없습니다. 곧 다시 시도해 주세요. Temporarily unavailable; try again shortly.',
  tooLarge: '요청이 너무 큽니다. The request is too large.',
  crossSite: '이 요청은 받을 수 없습니다. This request is refused.',
  tooManyRequests: (seconds: number) =>
    `이 키의 요청 한도를 넘었습니다. ${seconds}초 뒤에 다시 시도하세요. This key made too many requests; try again in ${seconds} s.`,
  apiKeyMissing:
    '콘텐츠 API 키가 필요합니다. Authorization: Bearer <키> 헤더로 보내세요. A content API key is required: send it as Authorization: Bearer <key>.',
  apiKeyInvalid: '이 API 키는 없거나 폐기되었습니다. This API key does not exist or was revoked.',
  unknownParameter: '이 API가 받지 않는 매개변수입니다. This API takes no such parameter.',
  locale: "언어는 ko 또는 en이어야 합니다. The locale must be 'ko' or 'en'.",
  limit: '한 번에 1~50건을 요청할 수 있습니다. The limit must be a whole number from 1 to 50.',
  cursor: '이 사이트가 준 커서가 아닙니다. This is not a cursor this site gave out.',
  slug: '주소 이름이 올바르지 않습니다. This is not a valid slug.',
  oneFilter: '필터(section, desk, tag, author)는 한 번에 하나만 쓸 수 있습니다. Use one filter (section, desk, tag or author) at a time.',
  required: '값이 필요합니다. A value is required.',
  tooLong: '값이 너무 깁니다. The value is too long.',
} as const;
