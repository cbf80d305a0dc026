import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { queries } from '../api.js';
import { formMessage } from '../errors.js';
import { FormError, Loading } from './Field.js';

/** A task's files: upload one, download any. */
export function Attachments({ projectId, taskId }: { projectId: string; taskId: string }) {
  const attachments = useQuery(queries.attachments.list({ projectId, taskId }));
  const upload = useMutation(queries.attachments.upload());
  const queryClient = useQueryClient();
  const [downloadError, setDownloadError] = useState<unknown>();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file)
      upload.mutate(
        { params: { projectId, taskId }, body: { file } },
        {
          onSettled: () => {
            event.target.value = '';
          },
        },
      );
  };

  const download = async (attachmentId: string, fileName: string) => {
    setDownloadError(undefined);
    try {
      const blob = await queryClient.fetchQuery(
        queries.attachments.download({ projectId, taskId, attachmentId }),
      );
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch (error) {
      setDownloadError(error);
    }
  };

  const items = attachments.data?.items ?? [];
  return (
    <section aria-labelledby="attachments-title">
      <h4 id="attachments-title">Attachments</h4>
      <FormError message={formMessage(upload.error ?? downloadError)} />
      {attachments.isPending ? (
        <Loading what="attachments" />
      ) : items.length === 0 ? (
        <p className="empty">No attachments yet.</p>
      ) : (
        <ul className="attachments">
          {items.map((attachment) => (
            <li key={attachment.id}>
              <button
                type="button"
                className="link"
                onClick={() => download(attachment.id, attachment.fileName)}
              >
                Download {attachment.fileName}
              </button>{' '}
              <span className="muted">{Math.ceil(attachment.sizeBytes / 1024)} KB</span>
            </li>
          ))}
        </ul>
      )}
      <label className="upload">
        Attach a file (PNG, JPEG, PDF or text)
        <input
          type="file"
          onChange={choose}
          disabled={upload.isPending}
          accept="image/png,image/jpeg,application/pdf,text/plain"
        />
      </label>
      {upload.isPending && <output>Uploading…</output>}
    </section>
  );
}
