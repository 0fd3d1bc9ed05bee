import type { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { Role } from '../schemas/auth';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/**
 * Who may call an endpoint.
 * - `public`: anyone, no sign-in.
 * - `visitor`: anyone; the body names the person by the device's random id and, in WeChat, a
 *   visitor token (POST /public/visitor-session). A bad token is 401 VISITOR_TOKEN_INVALID.
 * - `{ roles }`: a signed-in staff member with one of these roles (401 without a valid token,
 *   403 with another role). Which units they may act on is the domain's check: it knows the
 *   unit of the record.
 */
export type Access = 'public' | 'visitor' | { readonly roles: readonly Role[] };

/** A path parameter: its schema, and the 404 a value that could never name anything answers. */
export interface PathParam<S extends z.ZodType<string> = z.ZodType<string>> {
  readonly schema: S;
  readonly notFound: ErrorCode;
}

/** An answer that is not JSON: an image, a file to download, plain text. */
export interface FileResponse {
  readonly file: readonly string[];
  readonly description: string;
}

/** An answer without a body (204). */
export interface NoContentResponse {
  readonly noContent: true;
  readonly description: string;
}

/** What one status answers: a JSON body of this schema, a file, or nothing. */
export type ResponseSpec = z.ZodType | FileResponse | NoContentResponse;

/** One endpoint, declared once: the server, the mini-program's client and the docs are made from it. */
export interface Endpoint {
  readonly method: Method;
  /** API Gateway's route path, parameters in braces: `/events/{id}`. */
  readonly path: `/${string}`;
  /** One line for the OpenAPI document. */
  readonly summary: string;
  readonly access: Access;
  /** Every `{name}` of the path. */
  readonly params?: Readonly<Record<string, PathParam>>;
  /** The query string; strings in, parsed values out. Unknown parameters are refused (400). */
  readonly query?: z.ZodType;
  /** The JSON body (always one object); requests with a body refuse anything else. */
  readonly body?: z.ZodType;
  /** Bodies over this are refused with 413 before anything parses them (default 64 KB). */
  readonly maxBodyBytes?: number;
  /** Successful answers by status; errors are always `{ error: { code, message } }`. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/** Declares an endpoint, keeping every literal (method, path, schemas) for the types below. */
export function endpoint<const E extends Endpoint>(declared: E): E {
  return declared;
}

export function pathParam<S extends z.ZodType<string>>(schema: S, notFound: ErrorCode): PathParam<S> {
  return { schema, notFound };
}

export function fileResponse(contentTypes: readonly string[], description: string): FileResponse {
  return { file: contentTypes, description };
}

export const noContent: NoContentResponse = { noContent: true, description: 'Done; no body' };

export function isFileResponse(spec: ResponseSpec | undefined): spec is FileResponse {
  return typeof spec === 'object' && spec !== null && 'file' in spec;
}

export function isNoContent(spec: ResponseSpec | undefined): spec is NoContentResponse {
  return typeof spec === 'object' && spec !== null && 'noContent' in spec;
}

/** The JSON schema of a status's answer, if it answers JSON. */
export function jsonSchemaOf(spec: ResponseSpec | undefined): z.ZodType | undefined {
  return spec === undefined || isFileResponse(spec) || isNoContent(spec) ? undefined : spec;
}

// ---- Types derived from a declaration -------------------------------------------------

type ParamsShape<E> = E extends { params: infer P extends Readonly<Record<string, PathParam>> } ? P : never;

/** The path parameters a handler receives, parsed. */
export type ParamsOf<E> = [ParamsShape<E>] extends [never]
  ? Record<string, never>
  : { [K in keyof ParamsShape<E>]: z.output<ParamsShape<E>[K]['schema']> };

/** The query a handler receives, parsed. */
export type QueryOf<E> = E extends { query: infer Q extends z.ZodType } ? z.output<Q> : Record<string, never>;

/** The body a handler receives, parsed. */
export type BodyOf<E> = E extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;

type JsonAnswer<S> = S extends FileResponse ? never : S extends NoContentResponse ? undefined : S extends z.ZodType ? z.output<S> : never;
type JsonInput<S> = S extends FileResponse ? never : S extends NoContentResponse ? never : S extends z.ZodType ? z.input<S> : never;

type Responses<E> = E extends { responses: infer R } ? R : never;

/** What a client receives from a JSON endpoint (undefined for 204). */
export type ResponseOf<E> = { [S in keyof Responses<E>]: JsonAnswer<Responses<E>[S]> }[keyof Responses<E>];

/** What a handler may answer as JSON. */
export type ResponseBodyOf<E> = { [S in keyof Responses<E>]: JsonInput<Responses<E>[S]> }[keyof Responses<E>];

type Optional<T> = Record<string, never> extends T ? true : false;
type Part<Name extends string, T> = Optional<T> extends true ? { [K in Name]?: T } : { [K in Name]: T };

/** What a client sends: `params`, `query` and `body`, each where the endpoint has one. */
export type RequestOf<E> = ([ParamsShape<E>] extends [never] ? unknown : { params: { [K in keyof ParamsShape<E>]: string } }) &
  (E extends { query: infer Q extends z.ZodType } ? Part<'query', z.input<Q>> : unknown) &
  (E extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : unknown);
