import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EvidenceFileEntity } from './evidence-file.entity.js';
import { textStatuses, type TextStatus } from './evidence-kind.js';

export const TextStatusEnum = Object.fromEntries(textStatuses.map((s) => [s, s])) as {
  [K in TextStatus]: K;
};
registerEnumType(TextStatusEnum, {
  name: 'EvidenceTextStatus',
  description: 'Whether the text of a file could be extracted for search',
});

// Also the JSON body of a successful upload.
@ObjectType('EvidenceFile')
export class EvidenceFileObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  evidenceId: string;

  @Field({ description: 'As uploaded, with the extension of its real type' })
  fileName: string;

  @Field({ description: 'Sniffed from the content, never taken from the uploader' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field(() => TextStatusEnum)
  textStatus: TextStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'GET it (signed in) to download the file' })
  downloadPath: string;
}

export function toEvidenceFileObject(
  f: EvidenceFileEntity,
  assessmentId: string,
): EvidenceFileObject {
  return {
    id: f.id,
    evidenceId: f.evidenceId,
    fileName: f.fileName,
    mediaType: f.mediaType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    textStatus: f.textStatus,
    createdAt: f.createdAt,
    downloadPath: `/api/assessments/${assessmentId}/evidence/${f.evidenceId}/files/${f.id}`,
  };
}
