import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FileTooLargeError, ValidationError } from './errors.js';

/**
 * The one file of a multipart upload, at most `limitBytes` long: a missing file is a required
 * field, a larger one is refused saying the limit (not a bare 413).
 */
export async function uploadedFile(request: FastifyRequest, limitBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  const file = await request.file({ limits: { fileSize: limitBytes, files: 1 } }).catch(() => undefined);
  if (!file) throw new ValidationError([{ path: ['file'], key: 'errors.required' }]);
  try {
    return { fileName: file.filename, bytes: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new FileTooLargeError(limitBytes);
    throw error;
  }
}
