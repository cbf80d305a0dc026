export * as schemas from "./schemas.js";

export * as operations from "./operations.js";
