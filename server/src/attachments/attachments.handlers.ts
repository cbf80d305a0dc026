import type { AuthPrincipal } from '../auth/principal.js';
import type { AttachmentsHandlers } from '../generated/server/handlers.js';
import type { AttachmentsService } from './attachments.service.js';
import { contentDisposition } from './file-names.js';

export interface AttachmentsHandlerDeps {
  service: AttachmentsService;
}

/** The `attachments` operations: uploads stream in, downloads stream out. */
export function createAttachmentsHandlers({
  service,
}: AttachmentsHandlerDeps): AttachmentsHandlers<AuthPrincipal> {
  return {
    async listAttachments({ path, query }, { auth }) {
      const page = await service.list(auth.userId, path.projectId, path.taskId, query.limit, query.cursor);
      return { status: 200, body: page };
    },

    async uploadAttachment({ path, body }, { auth }) {
      const attachment = await service.upload(auth.userId, path.projectId, path.taskId, body);
      return {
        status: 201,
        body: attachment,
        headers: { Location: attachment.contentUrl.replace(/\/content$/, '') },
      };
    },

    async downloadAttachment({ path }, { auth }) {
      const download = await service.download(auth.userId, path.projectId, path.taskId, path.attachmentId);
      return {
        status: 200,
        body: download.content,
        headers: { 'Content-Disposition': contentDisposition(download.fileName) },
      };
    },

    async deleteAttachment({ path }, { auth }) {
      await service.delete(auth.userId, path.projectId, path.taskId, path.attachmentId);
      return { status: 204 };
    },
  };
}
