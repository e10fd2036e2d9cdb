/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!) {\n    changeAssessmentPhase(id: $id, phase: $phase) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n": typeof types.ChangeAssessmentPhaseDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveAssessmentDocument,
    "\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.RestoreAssessmentDocument,
    "\n  query Assessments($includeArchived: Boolean!) {\n    assessments(includeArchived: $includeArchived) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  mutation CreateAssessment($input: CreateAssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n": typeof types.CreateAssessmentDocument,
    "\n  query Assignments($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n      }\n      elementAssignments {\n        elementKey\n        leadOrganisationId\n        contributingOrganisationIds\n        assignedUserIds\n        viewerActions\n      }\n    }\n  }\n": typeof types.AssignmentsDocument,
    "\n  mutation AssignElement($input: AssignElementInput!) {\n    assignElement(input: $input)\n  }\n": typeof types.AssignElementDocument,
    "\n  query AuditTrail($assessmentId: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {\n    auditTrail(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      total\n      nextBefore\n      events {\n        seq\n        occurredAt\n        actor\n        actorName\n        action\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      startUrl\n    }\n  }\n": typeof types.AuthProvidersDocument,
    "\n  query Customisation($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          disabledReason\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              originalText\n              position\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomisationDocument,
    "\n  mutation SetSubElementEnabled($input: SetSubElementEnabledInput!) {\n    setSubElementEnabled(input: $input) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": typeof types.SetSubElementEnabledDocument,
    "\n  mutation RewordQuestion($input: RewordQuestionInput!) {\n    rewordQuestion(input: $input) {\n      id\n      text\n      provenance\n    }\n  }\n": typeof types.RewordQuestionDocument,
    "\n  mutation RestoreQuestionWording($assessmentId: ID!, $questionKey: String!) {\n    restoreQuestionWording(assessmentId: $assessmentId, questionKey: $questionKey) {\n      id\n      text\n      provenance\n    }\n  }\n": typeof types.RestoreQuestionWordingDocument,
    "\n  mutation AddCustomQuestion($input: AddCustomQuestionInput!) {\n    addCustomQuestion(input: $input) {\n      ...DetailQuestions\n    }\n  }\n": typeof types.AddCustomQuestionDocument,
    "\n  mutation RemoveCustomQuestion($assessmentId: ID!, $questionKey: String!) {\n    removeCustomQuestion(assessmentId: $assessmentId, questionKey: $questionKey) {\n      ...DetailQuestions\n    }\n  }\n": typeof types.RemoveCustomQuestionDocument,
    "\n  mutation ReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      ...DetailQuestions\n    }\n  }\n": typeof types.ReorderQuestionsDocument,
    "\n  fragment DetailQuestions on AssessmentDetail {\n    id\n    questions {\n      id\n      key\n      text\n      originalText\n      position\n      provenance\n    }\n  }\n": typeof types.DetailQuestionsFragmentDoc,
    "\n  query FrameworkOverview {\n    framework {\n      title\n      version\n      contentHash\n      source {\n        title\n        url\n      }\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n        }\n      }\n    }\n  }\n": typeof types.FrameworkOverviewDocument,
    "\n  query FrameworkFull {\n    framework {\n      title\n      version\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n          details {\n            key\n            title\n            rightsImplications\n            targetScenario\n            anchorQuestions {\n              key\n              text\n            }\n            standards {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FrameworkFullDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      assessmentId\n      assessmentTitle\n      role\n      organisationName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($assessmentId: ID!) {\n    invitations(assessmentId: $assessmentId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($assessmentId: ID!, $invitationId: ID!) {\n    revokeInvitation(assessmentId: $assessmentId, invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment MemberFields on AssessmentMember {\n    id\n    label\n    displayName\n    email\n    role\n    attribution\n    isYou\n    userId\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        ...MemberFields\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      type\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation ChangeMemberRole($assessmentId: ID!, $userId: ID!, $role: AssessmentRole!) {\n    changeAssessmentMemberRole(assessmentId: $assessmentId, userId: $userId, role: $role) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($assessmentId: ID!, $userId: ID!) {\n    removeAssessmentMember(assessmentId: $assessmentId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetMyAttribution($assessmentId: ID!, $attribution: Attribution!) {\n    setMyAttribution(assessmentId: $assessmentId, attribution: $attribution) {\n      ...MemberFields\n    }\n  }\n": typeof types.SetMyAttributionDocument,
    "\n  mutation CollabToken($documentName: String!) {\n    collabToken(documentName: $documentName)\n  }\n": typeof types.CollabTokenDocument,
    "\n  fragment ElementVersionFields on ElementVersion {\n    id\n    name\n    note\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n  }\n": typeof types.ElementVersionFieldsFragmentDoc,
    "\n  query ElementVersions($assessmentId: ID!, $elementKey: String!) {\n    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ElementVersionFields\n    }\n  }\n": typeof types.ElementVersionsDocument,
    "\n  mutation CreateElementVersion($input: CreateElementVersionInput!) {\n    createElementVersion(input: $input) {\n      ...ElementVersionFields\n    }\n  }\n": typeof types.CreateElementVersionDocument,
    "\n  query CompareElementVersions(\n    $assessmentId: ID!\n    $elementKey: String!\n    $fromVersionId: ID!\n    $toVersionId: ID\n  ) {\n    compareElementVersions(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      fromVersionId: $fromVersionId\n      toVersionId: $toVersionId\n    ) {\n      changes {\n        itemKind\n        itemKey\n        field\n        findingId\n        hunks {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.CompareElementVersionsDocument,
    "\n  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {\n    restoreElementVersion(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      versionId: $versionId\n    ) {\n      changed\n      version {\n        id\n      }\n    }\n  }\n": typeof types.RestoreElementVersionDocument,
    "\n  query ElementWorkspace($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              position\n              provenance\n            }\n          }\n        }\n      }\n      elementAssignments {\n        elementKey\n        viewerActions\n      }\n      members {\n        id\n        isYou\n        attribution\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.ElementWorkspaceDocument,
};
const documents: Documents = {
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n": types.UpdateAssessmentDocument,
    "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!) {\n    changeAssessmentPhase(id: $id, phase: $phase) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n": types.ChangeAssessmentPhaseDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveAssessmentDocument,
    "\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": types.RestoreAssessmentDocument,
    "\n  query Assessments($includeArchived: Boolean!) {\n    assessments(includeArchived: $includeArchived) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n": types.AssessmentsDocument,
    "\n  mutation CreateAssessment($input: CreateAssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n": types.CreateAssessmentDocument,
    "\n  query Assignments($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n      }\n      elementAssignments {\n        elementKey\n        leadOrganisationId\n        contributingOrganisationIds\n        assignedUserIds\n        viewerActions\n      }\n    }\n  }\n": types.AssignmentsDocument,
    "\n  mutation AssignElement($input: AssignElementInput!) {\n    assignElement(input: $input)\n  }\n": types.AssignElementDocument,
    "\n  query AuditTrail($assessmentId: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {\n    auditTrail(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      total\n      nextBefore\n      events {\n        seq\n        occurredAt\n        actor\n        actorName\n        action\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      startUrl\n    }\n  }\n": types.AuthProvidersDocument,
    "\n  query Customisation($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          disabledReason\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              originalText\n              position\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomisationDocument,
    "\n  mutation SetSubElementEnabled($input: SetSubElementEnabledInput!) {\n    setSubElementEnabled(input: $input) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n": types.SetSubElementEnabledDocument,
    "\n  mutation RewordQuestion($input: RewordQuestionInput!) {\n    rewordQuestion(input: $input) {\n      id\n      text\n      provenance\n    }\n  }\n": types.RewordQuestionDocument,
    "\n  mutation RestoreQuestionWording($assessmentId: ID!, $questionKey: String!) {\n    restoreQuestionWording(assessmentId: $assessmentId, questionKey: $questionKey) {\n      id\n      text\n      provenance\n    }\n  }\n": types.RestoreQuestionWordingDocument,
    "\n  mutation AddCustomQuestion($input: AddCustomQuestionInput!) {\n    addCustomQuestion(input: $input) {\n      ...DetailQuestions\n    }\n  }\n": types.AddCustomQuestionDocument,
    "\n  mutation RemoveCustomQuestion($assessmentId: ID!, $questionKey: String!) {\n    removeCustomQuestion(assessmentId: $assessmentId, questionKey: $questionKey) {\n      ...DetailQuestions\n    }\n  }\n": types.RemoveCustomQuestionDocument,
    "\n  mutation ReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      ...DetailQuestions\n    }\n  }\n": types.ReorderQuestionsDocument,
    "\n  fragment DetailQuestions on AssessmentDetail {\n    id\n    questions {\n      id\n      key\n      text\n      originalText\n      position\n      provenance\n    }\n  }\n": types.DetailQuestionsFragmentDoc,
    "\n  query FrameworkOverview {\n    framework {\n      title\n      version\n      contentHash\n      source {\n        title\n        url\n      }\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n        }\n      }\n    }\n  }\n": types.FrameworkOverviewDocument,
    "\n  query FrameworkFull {\n    framework {\n      title\n      version\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n          details {\n            key\n            title\n            rightsImplications\n            targetScenario\n            anchorQuestions {\n              key\n              text\n            }\n            standards {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FrameworkFullDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      assessmentId\n      assessmentTitle\n      role\n      organisationName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($assessmentId: ID!) {\n    invitations(assessmentId: $assessmentId) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($assessmentId: ID!, $invitationId: ID!) {\n    revokeInvitation(assessmentId: $assessmentId, invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment MemberFields on AssessmentMember {\n    id\n    label\n    displayName\n    email\n    role\n    attribution\n    isYou\n    userId\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        ...MemberFields\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      name\n      type\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation ChangeMemberRole($assessmentId: ID!, $userId: ID!, $role: AssessmentRole!) {\n    changeAssessmentMemberRole(assessmentId: $assessmentId, userId: $userId, role: $role) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($assessmentId: ID!, $userId: ID!) {\n    removeAssessmentMember(assessmentId: $assessmentId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetMyAttribution($assessmentId: ID!, $attribution: Attribution!) {\n    setMyAttribution(assessmentId: $assessmentId, attribution: $attribution) {\n      ...MemberFields\n    }\n  }\n": types.SetMyAttributionDocument,
    "\n  mutation CollabToken($documentName: String!) {\n    collabToken(documentName: $documentName)\n  }\n": types.CollabTokenDocument,
    "\n  fragment ElementVersionFields on ElementVersion {\n    id\n    name\n    note\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n  }\n": types.ElementVersionFieldsFragmentDoc,
    "\n  query ElementVersions($assessmentId: ID!, $elementKey: String!) {\n    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ElementVersionFields\n    }\n  }\n": types.ElementVersionsDocument,
    "\n  mutation CreateElementVersion($input: CreateElementVersionInput!) {\n    createElementVersion(input: $input) {\n      ...ElementVersionFields\n    }\n  }\n": types.CreateElementVersionDocument,
    "\n  query CompareElementVersions(\n    $assessmentId: ID!\n    $elementKey: String!\n    $fromVersionId: ID!\n    $toVersionId: ID\n  ) {\n    compareElementVersions(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      fromVersionId: $fromVersionId\n      toVersionId: $toVersionId\n    ) {\n      changes {\n        itemKind\n        itemKey\n        field\n        findingId\n        hunks {\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.CompareElementVersionsDocument,
    "\n  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {\n    restoreElementVersion(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      versionId: $versionId\n    ) {\n      changed\n      version {\n        id\n      }\n    }\n  }\n": types.RestoreElementVersionDocument,
    "\n  query ElementWorkspace($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              position\n              provenance\n            }\n          }\n        }\n      }\n      elementAssignments {\n        elementKey\n        viewerActions\n      }\n      members {\n        id\n        isYou\n        attribution\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.ElementWorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!) {\n    changeAssessmentPhase(id: $id, phase: $phase) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!) {\n    changeAssessmentPhase(id: $id, phase: $phase) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments($includeArchived: Boolean!) {\n    assessments(includeArchived: $includeArchived) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Assessments($includeArchived: Boolean!) {\n    assessments(includeArchived: $includeArchived) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessment($input: CreateAssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssessment($input: CreateAssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n      title\n      country\n      phase\n      archived\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignments($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n      }\n      elementAssignments {\n        elementKey\n        leadOrganisationId\n        contributingOrganisationIds\n        assignedUserIds\n        viewerActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assignments($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n      }\n      elementAssignments {\n        elementKey\n        leadOrganisationId\n        contributingOrganisationIds\n        assignedUserIds\n        viewerActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignElement($input: AssignElementInput!) {\n    assignElement(input: $input)\n  }\n"): (typeof documents)["\n  mutation AssignElement($input: AssignElementInput!) {\n    assignElement(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($assessmentId: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {\n    auditTrail(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      total\n      nextBefore\n      events {\n        seq\n        occurredAt\n        actor\n        actorName\n        action\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($assessmentId: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {\n    auditTrail(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      total\n      nextBefore\n      events {\n        seq\n        occurredAt\n        actor\n        actorName\n        action\n        targetType\n        targetId\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      isPlatformAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      startUrl\n    }\n  }\n"): (typeof documents)["\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      startUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customisation($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          disabledReason\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              originalText\n              position\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customisation($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          disabledReason\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              originalText\n              position\n              provenance\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubElementEnabled($input: SetSubElementEnabledInput!) {\n    setSubElementEnabled(input: $input) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"): (typeof documents)["\n  mutation SetSubElementEnabled($input: SetSubElementEnabledInput!) {\n    setSubElementEnabled(input: $input) {\n      id\n      enabled\n      disabledReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RewordQuestion($input: RewordQuestionInput!) {\n    rewordQuestion(input: $input) {\n      id\n      text\n      provenance\n    }\n  }\n"): (typeof documents)["\n  mutation RewordQuestion($input: RewordQuestionInput!) {\n    rewordQuestion(input: $input) {\n      id\n      text\n      provenance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreQuestionWording($assessmentId: ID!, $questionKey: String!) {\n    restoreQuestionWording(assessmentId: $assessmentId, questionKey: $questionKey) {\n      id\n      text\n      provenance\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreQuestionWording($assessmentId: ID!, $questionKey: String!) {\n    restoreQuestionWording(assessmentId: $assessmentId, questionKey: $questionKey) {\n      id\n      text\n      provenance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomQuestion($input: AddCustomQuestionInput!) {\n    addCustomQuestion(input: $input) {\n      ...DetailQuestions\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomQuestion($input: AddCustomQuestionInput!) {\n    addCustomQuestion(input: $input) {\n      ...DetailQuestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomQuestion($assessmentId: ID!, $questionKey: String!) {\n    removeCustomQuestion(assessmentId: $assessmentId, questionKey: $questionKey) {\n      ...DetailQuestions\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCustomQuestion($assessmentId: ID!, $questionKey: String!) {\n    removeCustomQuestion(assessmentId: $assessmentId, questionKey: $questionKey) {\n      ...DetailQuestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      ...DetailQuestions\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderQuestions($input: ReorderQuestionsInput!) {\n    reorderQuestions(input: $input) {\n      ...DetailQuestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DetailQuestions on AssessmentDetail {\n    id\n    questions {\n      id\n      key\n      text\n      originalText\n      position\n      provenance\n    }\n  }\n"): (typeof documents)["\n  fragment DetailQuestions on AssessmentDetail {\n    id\n    questions {\n      id\n      key\n      text\n      originalText\n      position\n      provenance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkOverview {\n    framework {\n      title\n      version\n      contentHash\n      source {\n        title\n        url\n      }\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkOverview {\n    framework {\n      title\n      version\n      contentHash\n      source {\n        title\n        url\n      }\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkFull {\n    framework {\n      title\n      version\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n          details {\n            key\n            title\n            rightsImplications\n            targetScenario\n            anchorQuestions {\n              key\n              text\n            }\n            standards {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkFull {\n    framework {\n      title\n      version\n      elements {\n        key\n        title\n        description\n        url\n        subElements {\n          key\n          title\n          details {\n            key\n            title\n            rightsImplications\n            targetScenario\n            anchorQuestions {\n              key\n              text\n            }\n            standards {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      assessmentId\n      assessmentTitle\n      role\n      organisationName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      assessmentId\n      assessmentTitle\n      role\n      organisationName\n      email\n      accountExists\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($assessmentId: ID!) {\n    invitations(assessmentId: $assessmentId) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations($assessmentId: ID!) {\n    invitations(assessmentId: $assessmentId) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($assessmentId: ID!, $invitationId: ID!) {\n    revokeInvitation(assessmentId: $assessmentId, invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($assessmentId: ID!, $invitationId: ID!) {\n    revokeInvitation(assessmentId: $assessmentId, invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on AssessmentMember {\n    id\n    label\n    displayName\n    email\n    role\n    attribution\n    isYou\n    userId\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on AssessmentMember {\n    id\n    label\n    displayName\n    email\n    role\n    attribution\n    isYou\n    userId\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        ...MemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        ...MemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($assessmentId: ID!, $userId: ID!, $role: AssessmentRole!) {\n    changeAssessmentMemberRole(assessmentId: $assessmentId, userId: $userId, role: $role) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($assessmentId: ID!, $userId: ID!, $role: AssessmentRole!) {\n    changeAssessmentMemberRole(assessmentId: $assessmentId, userId: $userId, role: $role) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($assessmentId: ID!, $userId: ID!) {\n    removeAssessmentMember(assessmentId: $assessmentId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($assessmentId: ID!, $userId: ID!) {\n    removeAssessmentMember(assessmentId: $assessmentId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAttribution($assessmentId: ID!, $attribution: Attribution!) {\n    setMyAttribution(assessmentId: $assessmentId, attribution: $attribution) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAttribution($assessmentId: ID!, $attribution: Attribution!) {\n    setMyAttribution(assessmentId: $assessmentId, attribution: $attribution) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabToken($documentName: String!) {\n    collabToken(documentName: $documentName)\n  }\n"): (typeof documents)["\n  mutation CollabToken($documentName: String!) {\n    collabToken(documentName: $documentName)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ElementVersionFields on ElementVersion {\n    id\n    name\n    note\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ElementVersionFields on ElementVersion {\n    id\n    name\n    note\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementVersions($assessmentId: ID!, $elementKey: String!) {\n    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ElementVersionFields\n    }\n  }\n"): (typeof documents)["\n  query ElementVersions($assessmentId: ID!, $elementKey: String!) {\n    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ElementVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateElementVersion($input: CreateElementVersionInput!) {\n    createElementVersion(input: $input) {\n      ...ElementVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateElementVersion($input: CreateElementVersionInput!) {\n    createElementVersion(input: $input) {\n      ...ElementVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareElementVersions(\n    $assessmentId: ID!\n    $elementKey: String!\n    $fromVersionId: ID!\n    $toVersionId: ID\n  ) {\n    compareElementVersions(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      fromVersionId: $fromVersionId\n      toVersionId: $toVersionId\n    ) {\n      changes {\n        itemKind\n        itemKey\n        field\n        findingId\n        hunks {\n          kind\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareElementVersions(\n    $assessmentId: ID!\n    $elementKey: String!\n    $fromVersionId: ID!\n    $toVersionId: ID\n  ) {\n    compareElementVersions(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      fromVersionId: $fromVersionId\n      toVersionId: $toVersionId\n    ) {\n      changes {\n        itemKind\n        itemKey\n        field\n        findingId\n        hunks {\n          kind\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {\n    restoreElementVersion(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      versionId: $versionId\n    ) {\n      changed\n      version {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {\n    restoreElementVersion(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      versionId: $versionId\n    ) {\n      changed\n      version {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementWorkspace($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              position\n              provenance\n            }\n          }\n        }\n      }\n      elementAssignments {\n        elementKey\n        viewerActions\n      }\n      members {\n        id\n        isYou\n        attribution\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElementWorkspace($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              position\n              provenance\n            }\n          }\n        }\n      }\n      elementAssignments {\n        elementKey\n        viewerActions\n      }\n      members {\n        id\n        isYou\n        attribution\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;