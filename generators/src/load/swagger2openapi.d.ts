declare module 'swagger2openapi' {
  interface ConvertOptions {
    patch?: boolean;
    warnOnly?: boolean;
    resolve?: boolean;
    direct?: boolean;
    text?: string;
    [option: string]: unknown;
  }
  export function convertObj(
    swagger: object,
    options: ConvertOptions,
  ): Promise<{ openapi: Record<string, unknown> } | Record<string, unknown>>;
}
