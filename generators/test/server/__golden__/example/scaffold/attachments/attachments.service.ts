import type { AttachmentsHandlers, DeleteAttachmentInput, DeleteAttachmentResult, DownloadAttachmentInput, DownloadAttachmentResult, ListAttachmentsInput, ListAttachmentsResult, SecuredContext, UploadAttachmentInput, UploadAttachmentResult } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `attachments` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class AttachmentsService<TAuth = unknown> implements AttachmentsHandlers<TAuth> {
    /** List a task's attachments (`GET /projects/{projectId}/tasks/{taskId}/attachments`). */
    async listAttachments(_input: ListAttachmentsInput, _context: SecuredContext<TAuth>): Promise<ListAttachmentsResult> {
        throw new NotImplementedError("listAttachments");
    }
    /** Attach a file to a task (`POST /projects/{projectId}/tasks/{taskId}/attachments`). */
    async uploadAttachment(_input: UploadAttachmentInput, _context: SecuredContext<TAuth>): Promise<UploadAttachmentResult> {
        throw new NotImplementedError("uploadAttachment");
    }
    /** Delete an attachment (`DELETE /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}`). */
    async deleteAttachment(_input: DeleteAttachmentInput, _context: SecuredContext<TAuth>): Promise<DeleteAttachmentResult> {
        throw new NotImplementedError("deleteAttachment");
    }
    /** Download an attachment (`GET /projects/{projectId}/tasks/{taskId}/attachments/{attachmentId}/content`). */
    async downloadAttachment(_input: DownloadAttachmentInput, _context: SecuredContext<TAuth>): Promise<DownloadAttachmentResult> {
        throw new NotImplementedError("downloadAttachment");
    }
}
