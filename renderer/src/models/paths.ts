import type { ModelRef } from '../../../shared/domain/model';

/** Addresses of one model's pages (routes in app/App.tsx). */
export const modelPath = (ref: ModelRef) => `/mo-hinh/${ref.year}/${ref.id}`;
export const modelEditPath = (ref: ModelRef) => `${modelPath(ref)}/sua`;
