/**
 * The one place the engine imports the `specloom` library: the normalized
 * model, its types and the seeded value generator.
 */
export {
  flatten,
  type HttpMethod,
  type JsonSchema,
  type JsonSchemaObject,
  KNOWN_STRING_FORMATS,
  loadSpec,
  type MediaTypeModel,
  normalize,
  type OperationModel,
  type ParameterModel,
  type ResponseModel,
  type SecuritySchemeModel,
  SpecLoadError,
  type SpecModel,
  sampleValid,
  type Violation,
  violations,
} from 'specloom';
