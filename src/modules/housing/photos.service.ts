import { notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { flatInScope, type Scope } from './flats.service.ts';
import { deletePhoto, insertPhoto } from './photos.repository.ts';

/** Stores a checked, re-encoded photo of a flat of the scope. */
export async function addPhoto(
  uc: UseCase,
  scope: Scope,
  flatId: string,
  photo: { data: Uint8Array; width: number; height: number; altText: string },
): Promise<string> {
  await flatInScope(uc, scope, flatId);
  const id = await insertPhoto(uc.tx, useCaseTenant(uc), { flatId, ...photo });
  const after = { flatId, width: photo.width, height: photo.height, bytes: photo.data.byteLength, altText: true };
  uc.record({ action: 'create', subjectType: 'housing.flat_photo', subjectId: id, after });
  return id;
}

/** Removes a photo of a flat of the scope. */
export async function removePhoto(uc: UseCase, scope: Scope, flatId: string, id: string): Promise<void> {
  await flatInScope(uc, scope, flatId);
  if ((await deletePhoto(uc.tx, useCaseTenant(uc), flatId, id)) === 0) throw notFound('photo');
  uc.record({ action: 'delete', subjectType: 'housing.flat_photo', subjectId: id, before: { flatId } });
}
