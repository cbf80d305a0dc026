import type { components } from '../generated/types.js';

/** The media types an attachment may have: the spec's `Attachment.contentType` enum. */
export type AttachmentMediaType = components['schemas']['Attachment']['contentType'];

/** An attachment as the API shows it. */
export interface Attachment {
  id: string;
  taskId: string;
  fileName: string;
  contentType: AttachmentMediaType;
  sizeBytes: number;
  uploadedBy: string;
  contentUrl: string;
  createdAt: string;
}

/** The limits an upload must keep, enforced while its bytes stream in. */
export interface UploadLimits {
  maxBytes: number;
  /** The spec's media types (see upload-limits.ts), or a narrower list. */
  allowedMediaTypes: readonly AttachmentMediaType[];
}

/** A raw multipart request body, not yet read. */
export interface MultipartBody {
  contentType: string;
  stream: NodeJS.ReadableStream;
}
