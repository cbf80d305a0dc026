import { Attachment } from '../generated/zod/schemas.js';
import type { AttachmentMediaType, UploadLimits } from './attachments.model.js';

/** The media types an attachment may have, read from the spec's `Attachment.contentType` enum. */
export const ATTACHMENT_MEDIA_TYPES: readonly AttachmentMediaType[] = Attachment.shape.contentType.options;

/** Upload limits from the configured maximum size, accepting every media type the spec allows. */
export function uploadLimits(maxBytes: number): UploadLimits {
  return { maxBytes, allowedMediaTypes: ATTACHMENT_MEDIA_TYPES };
}
