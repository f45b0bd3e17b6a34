/** The Korean strings' shape with any text allowed: every language must have every key, and no other. */
export type Widen<T> = T extends string ? string : T extends (...args: never[]) => unknown ? T : { readonly [K in keyof T]: Widen<T[K]> };
