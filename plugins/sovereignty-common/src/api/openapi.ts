// The shape of the backend's OpenAPI document, as far as its readers (the
// backend's validating router, the frontend's contract tests) walk it.

/** A JSON Schema, as the spec writes it. @public */
export type OpenApiSchema = { [keyword: string]: unknown };

/** A parameter, or a reference to one under components. @public */
export type OpenApiParameter =
  | { $ref: string }
  | {
      name: string;
      in: 'path' | 'query';
      required?: boolean;
      schema?: OpenApiSchema;
      [key: string]: unknown;
    };

/** A request or response body, by media type. @public */
export type OpenApiContent = {
  [mediaType: string]: { schema: OpenApiSchema };
};

/** One operation of a path. @public */
export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: OpenApiContent };
  responses: {
    [status: string]: { description: string; content?: OpenApiContent };
  };
  [key: string]: unknown;
}

/** The sovereignty backend's OpenAPI document. @public */
export interface SovereigntyOpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: { [path: string]: { [method: string]: OpenApiOperation } };
  components: {
    parameters: { [name: string]: OpenApiParameter };
    schemas: { [name: string]: OpenApiSchema };
  };
  [key: string]: unknown;
}
