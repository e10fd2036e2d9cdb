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
    "\n  query AnalysisContext($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            questions {\n              id\n              key\n              text\n            }\n          }\n        }\n      }\n      members {\n        id\n        label\n        role\n        isYou\n      }\n    }\n  }\n": typeof types.AnalysisContextDocument,
    "\n  fragment InformationGapFields on InformationGap {\n    id\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    trackedGapId\n    source\n    description\n    dueDate\n    status\n    overdue\n    ownedByYou\n    createdAt\n    updatedAt\n    owner {\n      id\n      label\n    }\n    createdBy {\n      id\n      label\n    }\n  }\n": typeof types.InformationGapFieldsFragmentDoc,
    "\n  query InformationGaps($assessmentId: ID!, $filter: GapFilter) {\n    informationGaps(assessmentId: $assessmentId, filter: $filter) {\n      total\n      items {\n        ...InformationGapFields\n      }\n    }\n  }\n": typeof types.InformationGapsDocument,
    "\n  mutation RaiseGap($input: RaiseGapInput!) {\n    raiseGap(input: $input) {\n      ...InformationGapFields\n    }\n  }\n": typeof types.RaiseGapDocument,
    "\n  mutation UpdateGap($assessmentId: ID!, $id: ID!, $input: UpdateGapInput!) {\n    updateGap(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...InformationGapFields\n    }\n  }\n": typeof types.UpdateGapDocument,
    "\n  mutation AcknowledgeGap($assessmentId: ID!, $id: ID!) {\n    acknowledgeGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": typeof types.AcknowledgeGapDocument,
    "\n  mutation ResolveGap($assessmentId: ID!, $id: ID!) {\n    resolveGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": typeof types.ResolveGapDocument,
    "\n  mutation ReopenGap($assessmentId: ID!, $id: ID!) {\n    reopenGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": typeof types.ReopenGapDocument,
    "\n  fragment SubElementRatingsFields on SubElementRatings {\n    id\n    elementKey\n    subElementKey\n    title\n    total\n    divergent\n    divergence {\n      reason\n      groups\n    }\n    groups {\n      group\n      total\n      majority\n      counts {\n        rating\n        count\n      }\n    }\n    myRating {\n      rating\n      comment\n      group\n      updatedAt\n    }\n    consolidated {\n      rating\n      rationale\n      setAt\n      setBy {\n        id\n        label\n      }\n    }\n  }\n": typeof types.SubElementRatingsFieldsFragmentDoc,
    "\n  query SubElementRatings($assessmentId: ID!, $elementKey: String) {\n    subElementRatings(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": typeof types.SubElementRatingsDocument,
    "\n  mutation SubmitStakeholderRating($input: SubmitStakeholderRatingInput!) {\n    submitStakeholderRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n": typeof types.SubmitStakeholderRatingDocument,
    "\n  mutation WithdrawStakeholderRating($assessmentId: ID!, $subElementKey: String!) {\n    withdrawStakeholderRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": typeof types.WithdrawStakeholderRatingDocument,
    "\n  mutation SetConsolidatedRating($input: SetConsolidatedRatingInput!) {\n    setConsolidatedRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n": typeof types.SetConsolidatedRatingDocument,
    "\n  mutation ClearConsolidatedRating($assessmentId: ID!, $subElementKey: String!) {\n    clearConsolidatedRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": typeof types.ClearConsolidatedRatingDocument,
    "\n  query AnalysisMatrix($assessmentId: ID!) {\n    analysisMatrix(assessmentId: $assessmentId) {\n      assessmentId\n      elements {\n        id\n        elementKey\n        title\n        divergentCount\n        counts {\n          strengths\n          weaknesses\n          informationGaps\n          risks\n        }\n        subElements {\n          id\n          subElementKey\n          title\n          counts {\n            strengths\n            weaknesses\n            informationGaps\n            risks\n          }\n          strengths {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          weaknesses {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          informationGaps {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          risks {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          ratingOutcomes {\n            ...ValidationOutcomeFields\n          }\n          ratings {\n            ...SubElementRatingsFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnalysisMatrixDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!, $overrideReason: String) {\n    changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $overrideReason) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n": typeof types.ChangeAssessmentPhaseDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveAssessmentDocument,
    "\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.RestoreAssessmentDocument,
    "\n  query PhaseChecklist($assessmentId: ID!, $to: AssessmentPhase!) {\n    phaseChecklist(assessmentId: $assessmentId, to: $to) {\n      from\n      to\n      gated\n      allMet\n      checks {\n        key\n        met\n        count\n        total\n      }\n    }\n  }\n": typeof types.PhaseChecklistDocument,
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
    "\n  fragment SuggestionFields on Suggestion {\n    id\n    elementKey\n    kind\n    questionKey\n    subElementKey\n    findingId\n    currentRating\n    proposedRating\n    currentFindingKind\n    proposedFindingKind\n    currentText\n    proposedText\n    reason\n    status\n    decisionReason\n    appliedStale\n    decidedAt\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n    decidedBy {\n      id\n      label\n    }\n  }\n": typeof types.SuggestionFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    createdByYou\n    mentionsYou\n    author {\n      id\n      label\n    }\n    mentions {\n      id\n      label\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment CommentThreadFields on CommentThread {\n    id\n    elementKey\n    subElementKey\n    questionKey\n    resolved\n    createdAt\n    createdByYou\n    commentCount\n    author {\n      id\n      label\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentThreadFieldsFragmentDoc,
    "\n  query ElementSuggestions($assessmentId: ID!, $filter: SuggestionFilterInput) {\n    suggestions(assessmentId: $assessmentId, filter: $filter) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.ElementSuggestionsDocument,
    "\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.SuggestChangeDocument,
    "\n  mutation AcceptSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String) {\n    acceptSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String!) {\n    rejectSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.RejectSuggestionDocument,
    "\n  mutation WithdrawSuggestion($assessmentId: ID!, $suggestionId: ID!) {\n    withdrawSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId) {\n      ...SuggestionFields\n    }\n  }\n": typeof types.WithdrawSuggestionDocument,
    "\n  query ElementThreads($assessmentId: ID!, $elementKey: String!) {\n    commentThreads(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.ElementThreadsDocument,
    "\n  query MyMentions($assessmentId: ID!) {\n    myMentions(assessmentId: $assessmentId) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.MyMentionsDocument,
    "\n  query DiscussionMembers($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        id\n        label\n        isYou\n      }\n    }\n  }\n": typeof types.DiscussionMembersDocument,
    "\n  mutation CreateCommentThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.CreateCommentThreadDocument,
    "\n  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {\n    replyToCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReplyToCommentThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation ResolveCommentThread($assessmentId: ID!, $threadId: ID!) {\n    resolveCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($assessmentId: ID!, $threadId: ID!) {\n    reopenCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.ReopenCommentThreadDocument,
    "\n  mutation HideComment($assessmentId: ID!, $commentId: ID!, $reason: String!) {\n    hideComment(assessmentId: $assessmentId, commentId: $commentId, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($assessmentId: ID!, $commentId: ID!) {\n    unhideComment(assessmentId: $assessmentId, commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    assessmentId\n    kind\n    title\n    citation\n    author\n    date\n    url\n    language\n    summary\n    tags\n    confidentiality\n    article\n    page\n    interview {\n      intervieweeCode\n      organisationType\n      consentRecorded\n      notes\n    }\n    createdAt\n    updatedAt\n    archivedAt\n    createdByYou\n    viewerActions\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment EvidenceFileFields on EvidenceFile {\n    id\n    evidenceId\n    fileName\n    mediaType\n    sizeBytes\n    textStatus\n    createdAt\n    downloadPath\n  }\n": typeof types.EvidenceFileFieldsFragmentDoc,
    "\n  query EvidenceList($assessmentId: ID!, $filter: EvidenceFilter, $page: EvidencePage) {\n    evidence(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      items {\n        ...EvidenceFields\n      }\n      total\n      nextOffset\n    }\n  }\n": typeof types.EvidenceListDocument,
    "\n  query EvidenceItem($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      ...EvidenceFields\n      createdBy {\n        id\n        label\n        isYou\n      }\n      files {\n        ...EvidenceFileFields\n      }\n    }\n  }\n": typeof types.EvidenceItemDocument,
    "\n  query CitedEvidence($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      id\n      kind\n      title\n      archivedAt\n    }\n  }\n": typeof types.CitedEvidenceDocument,
    "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.CreateEvidenceDocument,
    "\n  mutation UpdateEvidence($assessmentId: ID!, $id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.UpdateEvidenceDocument,
    "\n  mutation ArchiveEvidence($assessmentId: ID!, $id: ID!) {\n    archiveEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveEvidenceDocument,
    "\n  mutation RestoreEvidence($assessmentId: ID!, $id: ID!) {\n    restoreEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.RestoreEvidenceDocument,
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
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    elementKey\n    subElementKey\n    findingIds\n    title\n    description\n    responsibleOrganisationId\n    responsibleInstitutionName\n    responsibleOrganisation {\n      id\n      name\n    }\n    priority\n    timeframe\n    status\n    updatedAt\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  query Recommendations($assessmentId: ID!, $filter: RecommendationFilter) {\n    recommendations(assessmentId: $assessmentId, filter: $filter) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query ImplementationRoadmap($assessmentId: ID!, $groupBy: RoadmapGrouping!) {\n    implementationRoadmap(assessmentId: $assessmentId, groupBy: $groupBy) {\n      key\n      elementKey\n      organisationId\n      institutionName\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n": typeof types.ImplementationRoadmapDocument,
    "\n  query RecommendationOptions($assessmentId: ID!) {\n    assessment(id: $assessmentId) {\n      id\n      elements {\n        key\n        title\n        subElements {\n          key\n          title\n          enabled\n        }\n      }\n    }\n    recommendationInstitutions(assessmentId: $assessmentId) {\n      id\n      name\n    }\n  }\n": typeof types.RecommendationOptionsDocument,
    "\n  query RecommendationFindingOptions($assessmentId: ID!, $elementKey: String!) {\n    recommendationFindingOptions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      id\n      subElementKey\n      kind\n      text\n    }\n  }\n": typeof types.RecommendationFindingOptionsDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($assessmentId: ID!, $id: ID!, $input: UpdateRecommendationInput!) {\n    updateRecommendation(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  mutation DeleteRecommendation($assessmentId: ID!, $id: ID!) {\n    deleteRecommendation(assessmentId: $assessmentId, id: $id)\n  }\n": typeof types.DeleteRecommendationDocument,
    "\n  fragment ValidationOutcomeFields on ValidationOutcome {\n    itemId\n    workshopId\n    kind\n    findingId\n    questionKey\n    outcome\n    note\n    amendedRating\n    decidedAt\n  }\n": typeof types.ValidationOutcomeFieldsFragmentDoc,
    "\n  query ValidationOutcomes($assessmentId: ID!, $elementKey: String) {\n    validationOutcomes(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ValidationOutcomeFields\n    }\n  }\n": typeof types.ValidationOutcomesDocument,
    "\n  fragment WorkshopFields on Workshop {\n    id\n    assessmentId\n    title\n    status\n    joinCode\n    currentItemId\n    participantCount\n    openedAt\n    closedAt\n    items {\n      ...WorkshopItemFields\n    }\n  }\n": typeof types.WorkshopFieldsFragmentDoc,
    "\n  fragment WorkshopItemFields on WorkshopItem {\n    id\n    position\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    findingId\n    statement\n    rating\n    tally {\n      agree\n      agreeWithChanges\n      disagree\n      total\n    }\n    comments {\n      vote\n      comment\n    }\n    myVote\n    outcome\n    outcomeNote\n    amendedText\n    amendedRating\n  }\n": typeof types.WorkshopItemFieldsFragmentDoc,
    "\n  query Workshops($assessmentId: ID!) {\n    workshops(assessmentId: $assessmentId) {\n      id\n      title\n      status\n      joinCode\n      participantCount\n      openedAt\n      closedAt\n      items {\n        id\n        outcome\n      }\n    }\n  }\n": typeof types.WorkshopsDocument,
    "\n  query Workshop($assessmentId: ID!, $id: ID!) {\n    workshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.WorkshopDocument,
    "\n  query WorkshopAsGuest($guestToken: String!) {\n    workshopAsGuest(guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.WorkshopAsGuestDocument,
    "\n  query WorkshopByCode($code: String!) {\n    workshopByCode(code: $code) {\n      workshopId\n      assessmentId\n      title\n      status\n      isMember\n    }\n  }\n": typeof types.WorkshopByCodeDocument,
    "\n  subscription WorkshopChanged($workshopId: ID!, $guestToken: String) {\n    workshopChanged(workshopId: $workshopId, guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.WorkshopChangedDocument,
    "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.CreateWorkshopDocument,
    "\n  mutation AddWorkshopItem($input: AddWorkshopItemInput!) {\n    addWorkshopItem(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.AddWorkshopItemDocument,
    "\n  mutation RemoveWorkshopItem($assessmentId: ID!, $itemId: ID!) {\n    removeWorkshopItem(assessmentId: $assessmentId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.RemoveWorkshopItemDocument,
    "\n  mutation MoveWorkshopItem($assessmentId: ID!, $itemId: ID!, $position: Int!) {\n    moveWorkshopItem(assessmentId: $assessmentId, itemId: $itemId, position: $position) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.MoveWorkshopItemDocument,
    "\n  mutation OpenWorkshop($assessmentId: ID!, $id: ID!) {\n    openWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.OpenWorkshopDocument,
    "\n  mutation CloseWorkshop($assessmentId: ID!, $id: ID!) {\n    closeWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.CloseWorkshopDocument,
    "\n  mutation SetCurrentWorkshopItem($assessmentId: ID!, $workshopId: ID!, $itemId: ID!) {\n    setCurrentWorkshopItem(assessmentId: $assessmentId, workshopId: $workshopId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.SetCurrentWorkshopItemDocument,
    "\n  mutation CastWorkshopVote($input: CastWorkshopVoteInput!) {\n    castWorkshopVote(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n": typeof types.CastWorkshopVoteDocument,
    "\n  mutation JoinWorkshopAsGuest($code: String!, $displayName: String!) {\n    joinWorkshopAsGuest(code: $code, displayName: $displayName) {\n      workshopId\n      guestToken\n    }\n  }\n": typeof types.JoinWorkshopAsGuestDocument,
    "\n  mutation RecordWorkshopOutcome($input: RecordWorkshopOutcomeInput!) {\n    recordWorkshopOutcome(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n": typeof types.RecordWorkshopOutcomeDocument,
    "\n  query WorkshopQuestionRatings($id: ID!) {\n    assessment(id: $id) {\n      id\n      progress {\n        elements {\n          elementKey\n          subElements {\n            subElementKey\n            questions {\n              questionKey\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkshopQuestionRatingsDocument,
    "\n  mutation CollabToken($documentName: String!) {\n    collabToken(documentName: $documentName)\n  }\n": typeof types.CollabTokenDocument,
    "\n  fragment ElementVersionFields on ElementVersion {\n    id\n    name\n    note\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n  }\n": typeof types.ElementVersionFieldsFragmentDoc,
    "\n  query ElementVersions($assessmentId: ID!, $elementKey: String!) {\n    elementVersions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ElementVersionFields\n    }\n  }\n": typeof types.ElementVersionsDocument,
    "\n  mutation CreateElementVersion($input: CreateElementVersionInput!) {\n    createElementVersion(input: $input) {\n      ...ElementVersionFields\n    }\n  }\n": typeof types.CreateElementVersionDocument,
    "\n  query CompareElementVersions(\n    $assessmentId: ID!\n    $elementKey: String!\n    $fromVersionId: ID!\n    $toVersionId: ID\n  ) {\n    compareElementVersions(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      fromVersionId: $fromVersionId\n      toVersionId: $toVersionId\n    ) {\n      changes {\n        itemKind\n        itemKey\n        field\n        findingId\n        hunks {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.CompareElementVersionsDocument,
    "\n  mutation RestoreElementVersion($assessmentId: ID!, $elementKey: String!, $versionId: ID!) {\n    restoreElementVersion(\n      assessmentId: $assessmentId\n      elementKey: $elementKey\n      versionId: $versionId\n    ) {\n      changed\n      version {\n        id\n      }\n    }\n  }\n": typeof types.RestoreElementVersionDocument,
    "\n  query ElementWorkspace($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            key\n            title\n            questions {\n              id\n              key\n              text\n              position\n              provenance\n            }\n          }\n        }\n      }\n      elementAssignments {\n        elementKey\n        viewerActions\n      }\n      members {\n        id\n        isYou\n        attribution\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.ElementWorkspaceDocument,
};
const documents: Documents = {
    "\n  query AnalysisContext($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            questions {\n              id\n              key\n              text\n            }\n          }\n        }\n      }\n      members {\n        id\n        label\n        role\n        isYou\n      }\n    }\n  }\n": types.AnalysisContextDocument,
    "\n  fragment InformationGapFields on InformationGap {\n    id\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    trackedGapId\n    source\n    description\n    dueDate\n    status\n    overdue\n    ownedByYou\n    createdAt\n    updatedAt\n    owner {\n      id\n      label\n    }\n    createdBy {\n      id\n      label\n    }\n  }\n": types.InformationGapFieldsFragmentDoc,
    "\n  query InformationGaps($assessmentId: ID!, $filter: GapFilter) {\n    informationGaps(assessmentId: $assessmentId, filter: $filter) {\n      total\n      items {\n        ...InformationGapFields\n      }\n    }\n  }\n": types.InformationGapsDocument,
    "\n  mutation RaiseGap($input: RaiseGapInput!) {\n    raiseGap(input: $input) {\n      ...InformationGapFields\n    }\n  }\n": types.RaiseGapDocument,
    "\n  mutation UpdateGap($assessmentId: ID!, $id: ID!, $input: UpdateGapInput!) {\n    updateGap(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...InformationGapFields\n    }\n  }\n": types.UpdateGapDocument,
    "\n  mutation AcknowledgeGap($assessmentId: ID!, $id: ID!) {\n    acknowledgeGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": types.AcknowledgeGapDocument,
    "\n  mutation ResolveGap($assessmentId: ID!, $id: ID!) {\n    resolveGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": types.ResolveGapDocument,
    "\n  mutation ReopenGap($assessmentId: ID!, $id: ID!) {\n    reopenGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n": types.ReopenGapDocument,
    "\n  fragment SubElementRatingsFields on SubElementRatings {\n    id\n    elementKey\n    subElementKey\n    title\n    total\n    divergent\n    divergence {\n      reason\n      groups\n    }\n    groups {\n      group\n      total\n      majority\n      counts {\n        rating\n        count\n      }\n    }\n    myRating {\n      rating\n      comment\n      group\n      updatedAt\n    }\n    consolidated {\n      rating\n      rationale\n      setAt\n      setBy {\n        id\n        label\n      }\n    }\n  }\n": types.SubElementRatingsFieldsFragmentDoc,
    "\n  query SubElementRatings($assessmentId: ID!, $elementKey: String) {\n    subElementRatings(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": types.SubElementRatingsDocument,
    "\n  mutation SubmitStakeholderRating($input: SubmitStakeholderRatingInput!) {\n    submitStakeholderRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n": types.SubmitStakeholderRatingDocument,
    "\n  mutation WithdrawStakeholderRating($assessmentId: ID!, $subElementKey: String!) {\n    withdrawStakeholderRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": types.WithdrawStakeholderRatingDocument,
    "\n  mutation SetConsolidatedRating($input: SetConsolidatedRatingInput!) {\n    setConsolidatedRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n": types.SetConsolidatedRatingDocument,
    "\n  mutation ClearConsolidatedRating($assessmentId: ID!, $subElementKey: String!) {\n    clearConsolidatedRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n": types.ClearConsolidatedRatingDocument,
    "\n  query AnalysisMatrix($assessmentId: ID!) {\n    analysisMatrix(assessmentId: $assessmentId) {\n      assessmentId\n      elements {\n        id\n        elementKey\n        title\n        divergentCount\n        counts {\n          strengths\n          weaknesses\n          informationGaps\n          risks\n        }\n        subElements {\n          id\n          subElementKey\n          title\n          counts {\n            strengths\n            weaknesses\n            informationGaps\n            risks\n          }\n          strengths {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          weaknesses {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          informationGaps {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          risks {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          ratingOutcomes {\n            ...ValidationOutcomeFields\n          }\n          ratings {\n            ...SubElementRatingsFields\n          }\n        }\n      }\n    }\n  }\n": types.AnalysisMatrixDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      phase\n      allowedNextPhases\n      archived\n      archivedAt\n      frameworkVersion\n      createdAt\n      updatedAt\n      permissions\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: UpdateAssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n      title\n      country\n      scope\n      nationalUseCases\n      updatedAt\n    }\n  }\n": types.UpdateAssessmentDocument,
    "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!, $overrideReason: String) {\n    changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $overrideReason) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n": types.ChangeAssessmentPhaseDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveAssessmentDocument,
    "\n  mutation RestoreAssessment($id: ID!) {\n    restoreAssessment(id: $id) {\n      id\n      archived\n      archivedAt\n      updatedAt\n    }\n  }\n": types.RestoreAssessmentDocument,
    "\n  query PhaseChecklist($assessmentId: ID!, $to: AssessmentPhase!) {\n    phaseChecklist(assessmentId: $assessmentId, to: $to) {\n      from\n      to\n      gated\n      allMet\n      checks {\n        key\n        met\n        count\n        total\n      }\n    }\n  }\n": types.PhaseChecklistDocument,
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
    "\n  fragment SuggestionFields on Suggestion {\n    id\n    elementKey\n    kind\n    questionKey\n    subElementKey\n    findingId\n    currentRating\n    proposedRating\n    currentFindingKind\n    proposedFindingKind\n    currentText\n    proposedText\n    reason\n    status\n    decisionReason\n    appliedStale\n    decidedAt\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n    decidedBy {\n      id\n      label\n    }\n  }\n": types.SuggestionFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    createdByYou\n    mentionsYou\n    author {\n      id\n      label\n    }\n    mentions {\n      id\n      label\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment CommentThreadFields on CommentThread {\n    id\n    elementKey\n    subElementKey\n    questionKey\n    resolved\n    createdAt\n    createdByYou\n    commentCount\n    author {\n      id\n      label\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.CommentThreadFieldsFragmentDoc,
    "\n  query ElementSuggestions($assessmentId: ID!, $filter: SuggestionFilterInput) {\n    suggestions(assessmentId: $assessmentId, filter: $filter) {\n      ...SuggestionFields\n    }\n  }\n": types.ElementSuggestionsDocument,
    "\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n": types.SuggestChangeDocument,
    "\n  mutation AcceptSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String) {\n    acceptSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n": types.AcceptSuggestionDocument,
    "\n  mutation RejectSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String!) {\n    rejectSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n": types.RejectSuggestionDocument,
    "\n  mutation WithdrawSuggestion($assessmentId: ID!, $suggestionId: ID!) {\n    withdrawSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId) {\n      ...SuggestionFields\n    }\n  }\n": types.WithdrawSuggestionDocument,
    "\n  query ElementThreads($assessmentId: ID!, $elementKey: String!) {\n    commentThreads(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...CommentThreadFields\n    }\n  }\n": types.ElementThreadsDocument,
    "\n  query MyMentions($assessmentId: ID!) {\n    myMentions(assessmentId: $assessmentId) {\n      ...CommentThreadFields\n    }\n  }\n": types.MyMentionsDocument,
    "\n  query DiscussionMembers($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        id\n        label\n        isYou\n      }\n    }\n  }\n": types.DiscussionMembersDocument,
    "\n  mutation CreateCommentThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": types.CreateCommentThreadDocument,
    "\n  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {\n    replyToCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReplyToCommentThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation ResolveCommentThread($assessmentId: ID!, $threadId: ID!) {\n    resolveCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n": types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($assessmentId: ID!, $threadId: ID!) {\n    reopenCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n": types.ReopenCommentThreadDocument,
    "\n  mutation HideComment($assessmentId: ID!, $commentId: ID!, $reason: String!) {\n    hideComment(assessmentId: $assessmentId, commentId: $commentId, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($assessmentId: ID!, $commentId: ID!) {\n    unhideComment(assessmentId: $assessmentId, commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    assessmentId\n    kind\n    title\n    citation\n    author\n    date\n    url\n    language\n    summary\n    tags\n    confidentiality\n    article\n    page\n    interview {\n      intervieweeCode\n      organisationType\n      consentRecorded\n      notes\n    }\n    createdAt\n    updatedAt\n    archivedAt\n    createdByYou\n    viewerActions\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment EvidenceFileFields on EvidenceFile {\n    id\n    evidenceId\n    fileName\n    mediaType\n    sizeBytes\n    textStatus\n    createdAt\n    downloadPath\n  }\n": types.EvidenceFileFieldsFragmentDoc,
    "\n  query EvidenceList($assessmentId: ID!, $filter: EvidenceFilter, $page: EvidencePage) {\n    evidence(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      items {\n        ...EvidenceFields\n      }\n      total\n      nextOffset\n    }\n  }\n": types.EvidenceListDocument,
    "\n  query EvidenceItem($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      ...EvidenceFields\n      createdBy {\n        id\n        label\n        isYou\n      }\n      files {\n        ...EvidenceFileFields\n      }\n    }\n  }\n": types.EvidenceItemDocument,
    "\n  query CitedEvidence($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      id\n      kind\n      title\n      archivedAt\n    }\n  }\n": types.CitedEvidenceDocument,
    "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.CreateEvidenceDocument,
    "\n  mutation UpdateEvidence($assessmentId: ID!, $id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.UpdateEvidenceDocument,
    "\n  mutation ArchiveEvidence($assessmentId: ID!, $id: ID!) {\n    archiveEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveEvidenceDocument,
    "\n  mutation RestoreEvidence($assessmentId: ID!, $id: ID!) {\n    restoreEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n": types.RestoreEvidenceDocument,
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
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    elementKey\n    subElementKey\n    findingIds\n    title\n    description\n    responsibleOrganisationId\n    responsibleInstitutionName\n    responsibleOrganisation {\n      id\n      name\n    }\n    priority\n    timeframe\n    status\n    updatedAt\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  query Recommendations($assessmentId: ID!, $filter: RecommendationFilter) {\n    recommendations(assessmentId: $assessmentId, filter: $filter) {\n      ...RecommendationFields\n    }\n  }\n": types.RecommendationsDocument,
    "\n  query ImplementationRoadmap($assessmentId: ID!, $groupBy: RoadmapGrouping!) {\n    implementationRoadmap(assessmentId: $assessmentId, groupBy: $groupBy) {\n      key\n      elementKey\n      organisationId\n      institutionName\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n": types.ImplementationRoadmapDocument,
    "\n  query RecommendationOptions($assessmentId: ID!) {\n    assessment(id: $assessmentId) {\n      id\n      elements {\n        key\n        title\n        subElements {\n          key\n          title\n          enabled\n        }\n      }\n    }\n    recommendationInstitutions(assessmentId: $assessmentId) {\n      id\n      name\n    }\n  }\n": types.RecommendationOptionsDocument,
    "\n  query RecommendationFindingOptions($assessmentId: ID!, $elementKey: String!) {\n    recommendationFindingOptions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      id\n      subElementKey\n      kind\n      text\n    }\n  }\n": types.RecommendationFindingOptionsDocument,
    "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationFields\n    }\n  }\n": types.CreateRecommendationDocument,
    "\n  mutation UpdateRecommendation($assessmentId: ID!, $id: ID!, $input: UpdateRecommendationInput!) {\n    updateRecommendation(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...RecommendationFields\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  mutation DeleteRecommendation($assessmentId: ID!, $id: ID!) {\n    deleteRecommendation(assessmentId: $assessmentId, id: $id)\n  }\n": types.DeleteRecommendationDocument,
    "\n  fragment ValidationOutcomeFields on ValidationOutcome {\n    itemId\n    workshopId\n    kind\n    findingId\n    questionKey\n    outcome\n    note\n    amendedRating\n    decidedAt\n  }\n": types.ValidationOutcomeFieldsFragmentDoc,
    "\n  query ValidationOutcomes($assessmentId: ID!, $elementKey: String) {\n    validationOutcomes(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ValidationOutcomeFields\n    }\n  }\n": types.ValidationOutcomesDocument,
    "\n  fragment WorkshopFields on Workshop {\n    id\n    assessmentId\n    title\n    status\n    joinCode\n    currentItemId\n    participantCount\n    openedAt\n    closedAt\n    items {\n      ...WorkshopItemFields\n    }\n  }\n": types.WorkshopFieldsFragmentDoc,
    "\n  fragment WorkshopItemFields on WorkshopItem {\n    id\n    position\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    findingId\n    statement\n    rating\n    tally {\n      agree\n      agreeWithChanges\n      disagree\n      total\n    }\n    comments {\n      vote\n      comment\n    }\n    myVote\n    outcome\n    outcomeNote\n    amendedText\n    amendedRating\n  }\n": types.WorkshopItemFieldsFragmentDoc,
    "\n  query Workshops($assessmentId: ID!) {\n    workshops(assessmentId: $assessmentId) {\n      id\n      title\n      status\n      joinCode\n      participantCount\n      openedAt\n      closedAt\n      items {\n        id\n        outcome\n      }\n    }\n  }\n": types.WorkshopsDocument,
    "\n  query Workshop($assessmentId: ID!, $id: ID!) {\n    workshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.WorkshopDocument,
    "\n  query WorkshopAsGuest($guestToken: String!) {\n    workshopAsGuest(guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n": types.WorkshopAsGuestDocument,
    "\n  query WorkshopByCode($code: String!) {\n    workshopByCode(code: $code) {\n      workshopId\n      assessmentId\n      title\n      status\n      isMember\n    }\n  }\n": types.WorkshopByCodeDocument,
    "\n  subscription WorkshopChanged($workshopId: ID!, $guestToken: String) {\n    workshopChanged(workshopId: $workshopId, guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n": types.WorkshopChangedDocument,
    "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": types.CreateWorkshopDocument,
    "\n  mutation AddWorkshopItem($input: AddWorkshopItemInput!) {\n    addWorkshopItem(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": types.AddWorkshopItemDocument,
    "\n  mutation RemoveWorkshopItem($assessmentId: ID!, $itemId: ID!) {\n    removeWorkshopItem(assessmentId: $assessmentId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n": types.RemoveWorkshopItemDocument,
    "\n  mutation MoveWorkshopItem($assessmentId: ID!, $itemId: ID!, $position: Int!) {\n    moveWorkshopItem(assessmentId: $assessmentId, itemId: $itemId, position: $position) {\n      ...WorkshopFields\n    }\n  }\n": types.MoveWorkshopItemDocument,
    "\n  mutation OpenWorkshop($assessmentId: ID!, $id: ID!) {\n    openWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.OpenWorkshopDocument,
    "\n  mutation CloseWorkshop($assessmentId: ID!, $id: ID!) {\n    closeWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.CloseWorkshopDocument,
    "\n  mutation SetCurrentWorkshopItem($assessmentId: ID!, $workshopId: ID!, $itemId: ID!) {\n    setCurrentWorkshopItem(assessmentId: $assessmentId, workshopId: $workshopId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n": types.SetCurrentWorkshopItemDocument,
    "\n  mutation CastWorkshopVote($input: CastWorkshopVoteInput!) {\n    castWorkshopVote(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n": types.CastWorkshopVoteDocument,
    "\n  mutation JoinWorkshopAsGuest($code: String!, $displayName: String!) {\n    joinWorkshopAsGuest(code: $code, displayName: $displayName) {\n      workshopId\n      guestToken\n    }\n  }\n": types.JoinWorkshopAsGuestDocument,
    "\n  mutation RecordWorkshopOutcome($input: RecordWorkshopOutcomeInput!) {\n    recordWorkshopOutcome(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n": types.RecordWorkshopOutcomeDocument,
    "\n  query WorkshopQuestionRatings($id: ID!) {\n    assessment(id: $id) {\n      id\n      progress {\n        elements {\n          elementKey\n          subElements {\n            subElementKey\n            questions {\n              questionKey\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkshopQuestionRatingsDocument,
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
export function graphql(source: "\n  query AnalysisContext($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            questions {\n              id\n              key\n              text\n            }\n          }\n        }\n      }\n      members {\n        id\n        label\n        role\n        isYou\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalysisContext($id: ID!) {\n    assessment(id: $id) {\n      id\n      elements {\n        id\n        key\n        title\n        subElements {\n          id\n          key\n          title\n          enabled\n          details {\n            id\n            questions {\n              id\n              key\n              text\n            }\n          }\n        }\n      }\n      members {\n        id\n        label\n        role\n        isYou\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InformationGapFields on InformationGap {\n    id\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    trackedGapId\n    source\n    description\n    dueDate\n    status\n    overdue\n    ownedByYou\n    createdAt\n    updatedAt\n    owner {\n      id\n      label\n    }\n    createdBy {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment InformationGapFields on InformationGap {\n    id\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    trackedGapId\n    source\n    description\n    dueDate\n    status\n    overdue\n    ownedByYou\n    createdAt\n    updatedAt\n    owner {\n      id\n      label\n    }\n    createdBy {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationGaps($assessmentId: ID!, $filter: GapFilter) {\n    informationGaps(assessmentId: $assessmentId, filter: $filter) {\n      total\n      items {\n        ...InformationGapFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InformationGaps($assessmentId: ID!, $filter: GapFilter) {\n    informationGaps(assessmentId: $assessmentId, filter: $filter) {\n      total\n      items {\n        ...InformationGapFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseGap($input: RaiseGapInput!) {\n    raiseGap(input: $input) {\n      ...InformationGapFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseGap($input: RaiseGapInput!) {\n    raiseGap(input: $input) {\n      ...InformationGapFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGap($assessmentId: ID!, $id: ID!, $input: UpdateGapInput!) {\n    updateGap(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...InformationGapFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGap($assessmentId: ID!, $id: ID!, $input: UpdateGapInput!) {\n    updateGap(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...InformationGapFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeGap($assessmentId: ID!, $id: ID!) {\n    acknowledgeGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeGap($assessmentId: ID!, $id: ID!) {\n    acknowledgeGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveGap($assessmentId: ID!, $id: ID!) {\n    resolveGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveGap($assessmentId: ID!, $id: ID!) {\n    resolveGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenGap($assessmentId: ID!, $id: ID!) {\n    reopenGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenGap($assessmentId: ID!, $id: ID!) {\n    reopenGap(assessmentId: $assessmentId, id: $id) {\n      ...InformationGapFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubElementRatingsFields on SubElementRatings {\n    id\n    elementKey\n    subElementKey\n    title\n    total\n    divergent\n    divergence {\n      reason\n      groups\n    }\n    groups {\n      group\n      total\n      majority\n      counts {\n        rating\n        count\n      }\n    }\n    myRating {\n      rating\n      comment\n      group\n      updatedAt\n    }\n    consolidated {\n      rating\n      rationale\n      setAt\n      setBy {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SubElementRatingsFields on SubElementRatings {\n    id\n    elementKey\n    subElementKey\n    title\n    total\n    divergent\n    divergence {\n      reason\n      groups\n    }\n    groups {\n      group\n      total\n      majority\n      counts {\n        rating\n        count\n      }\n    }\n    myRating {\n      rating\n      comment\n      group\n      updatedAt\n    }\n    consolidated {\n      rating\n      rationale\n      setAt\n      setBy {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubElementRatings($assessmentId: ID!, $elementKey: String) {\n    subElementRatings(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"): (typeof documents)["\n  query SubElementRatings($assessmentId: ID!, $elementKey: String) {\n    subElementRatings(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStakeholderRating($input: SubmitStakeholderRatingInput!) {\n    submitStakeholderRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStakeholderRating($input: SubmitStakeholderRatingInput!) {\n    submitStakeholderRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawStakeholderRating($assessmentId: ID!, $subElementKey: String!) {\n    withdrawStakeholderRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawStakeholderRating($assessmentId: ID!, $subElementKey: String!) {\n    withdrawStakeholderRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsolidatedRating($input: SetConsolidatedRatingInput!) {\n    setConsolidatedRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsolidatedRating($input: SetConsolidatedRatingInput!) {\n    setConsolidatedRating(input: $input) {\n      ...SubElementRatingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearConsolidatedRating($assessmentId: ID!, $subElementKey: String!) {\n    clearConsolidatedRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearConsolidatedRating($assessmentId: ID!, $subElementKey: String!) {\n    clearConsolidatedRating(assessmentId: $assessmentId, subElementKey: $subElementKey) {\n      ...SubElementRatingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisMatrix($assessmentId: ID!) {\n    analysisMatrix(assessmentId: $assessmentId) {\n      assessmentId\n      elements {\n        id\n        elementKey\n        title\n        divergentCount\n        counts {\n          strengths\n          weaknesses\n          informationGaps\n          risks\n        }\n        subElements {\n          id\n          subElementKey\n          title\n          counts {\n            strengths\n            weaknesses\n            informationGaps\n            risks\n          }\n          strengths {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          weaknesses {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          informationGaps {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          risks {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          ratingOutcomes {\n            ...ValidationOutcomeFields\n          }\n          ratings {\n            ...SubElementRatingsFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalysisMatrix($assessmentId: ID!) {\n    analysisMatrix(assessmentId: $assessmentId) {\n      assessmentId\n      elements {\n        id\n        elementKey\n        title\n        divergentCount\n        counts {\n          strengths\n          weaknesses\n          informationGaps\n          risks\n        }\n        subElements {\n          id\n          subElementKey\n          title\n          counts {\n            strengths\n            weaknesses\n            informationGaps\n            risks\n          }\n          strengths {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          weaknesses {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          informationGaps {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          risks {\n            id\n            text\n            validation {\n              ...ValidationOutcomeFields\n            }\n          }\n          ratingOutcomes {\n            ...ValidationOutcomeFields\n          }\n          ratings {\n            ...SubElementRatingsFields\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!, $overrideReason: String) {\n    changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $overrideReason) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAssessmentPhase($id: ID!, $phase: AssessmentPhase!, $overrideReason: String) {\n    changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $overrideReason) {\n      id\n      phase\n      allowedNextPhases\n      updatedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query PhaseChecklist($assessmentId: ID!, $to: AssessmentPhase!) {\n    phaseChecklist(assessmentId: $assessmentId, to: $to) {\n      from\n      to\n      gated\n      allMet\n      checks {\n        key\n        met\n        count\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhaseChecklist($assessmentId: ID!, $to: AssessmentPhase!) {\n    phaseChecklist(assessmentId: $assessmentId, to: $to) {\n      from\n      to\n      gated\n      allMet\n      checks {\n        key\n        met\n        count\n        total\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SuggestionFields on Suggestion {\n    id\n    elementKey\n    kind\n    questionKey\n    subElementKey\n    findingId\n    currentRating\n    proposedRating\n    currentFindingKind\n    proposedFindingKind\n    currentText\n    proposedText\n    reason\n    status\n    decisionReason\n    appliedStale\n    decidedAt\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n    decidedBy {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionFields on Suggestion {\n    id\n    elementKey\n    kind\n    questionKey\n    subElementKey\n    findingId\n    currentRating\n    proposedRating\n    currentFindingKind\n    proposedFindingKind\n    currentText\n    proposedText\n    reason\n    status\n    decisionReason\n    appliedStale\n    decidedAt\n    createdAt\n    createdByYou\n    author {\n      id\n      label\n    }\n    decidedBy {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    createdByYou\n    mentionsYou\n    author {\n      id\n      label\n    }\n    mentions {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    createdByYou\n    mentionsYou\n    author {\n      id\n      label\n    }\n    mentions {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThreadFields on CommentThread {\n    id\n    elementKey\n    subElementKey\n    questionKey\n    resolved\n    createdAt\n    createdByYou\n    commentCount\n    author {\n      id\n      label\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThreadFields on CommentThread {\n    id\n    elementKey\n    subElementKey\n    questionKey\n    resolved\n    createdAt\n    createdByYou\n    commentCount\n    author {\n      id\n      label\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementSuggestions($assessmentId: ID!, $filter: SuggestionFilterInput) {\n    suggestions(assessmentId: $assessmentId, filter: $filter) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  query ElementSuggestions($assessmentId: ID!, $filter: SuggestionFilterInput) {\n    suggestions(assessmentId: $assessmentId, filter: $filter) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String) {\n    acceptSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String) {\n    acceptSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String!) {\n    rejectSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSuggestion($assessmentId: ID!, $suggestionId: ID!, $reason: String!) {\n    rejectSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId, reason: $reason) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSuggestion($assessmentId: ID!, $suggestionId: ID!) {\n    withdrawSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId) {\n      ...SuggestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSuggestion($assessmentId: ID!, $suggestionId: ID!) {\n    withdrawSuggestion(assessmentId: $assessmentId, suggestionId: $suggestionId) {\n      ...SuggestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementThreads($assessmentId: ID!, $elementKey: String!) {\n    commentThreads(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  query ElementThreads($assessmentId: ID!, $elementKey: String!) {\n    commentThreads(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMentions($assessmentId: ID!) {\n    myMentions(assessmentId: $assessmentId) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  query MyMentions($assessmentId: ID!) {\n    myMentions(assessmentId: $assessmentId) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionMembers($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        id\n        label\n        isYou\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionMembers($id: ID!) {\n    assessment(id: $id) {\n      id\n      members {\n        id\n        label\n        isYou\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommentThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommentThread($input: CreateCommentThreadInput!) {\n    createCommentThread(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {\n    replyToCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {\n    replyToCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCommentThread($assessmentId: ID!, $threadId: ID!) {\n    resolveCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCommentThread($assessmentId: ID!, $threadId: ID!) {\n    resolveCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCommentThread($assessmentId: ID!, $threadId: ID!) {\n    reopenCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCommentThread($assessmentId: ID!, $threadId: ID!) {\n    reopenCommentThread(assessmentId: $assessmentId, threadId: $threadId) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($assessmentId: ID!, $commentId: ID!, $reason: String!) {\n    hideComment(assessmentId: $assessmentId, commentId: $commentId, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($assessmentId: ID!, $commentId: ID!, $reason: String!) {\n    hideComment(assessmentId: $assessmentId, commentId: $commentId, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($assessmentId: ID!, $commentId: ID!) {\n    unhideComment(assessmentId: $assessmentId, commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($assessmentId: ID!, $commentId: ID!) {\n    unhideComment(assessmentId: $assessmentId, commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    id\n    assessmentId\n    kind\n    title\n    citation\n    author\n    date\n    url\n    language\n    summary\n    tags\n    confidentiality\n    article\n    page\n    interview {\n      intervieweeCode\n      organisationType\n      consentRecorded\n      notes\n    }\n    createdAt\n    updatedAt\n    archivedAt\n    createdByYou\n    viewerActions\n  }\n"): (typeof documents)["\n  fragment EvidenceFields on Evidence {\n    id\n    assessmentId\n    kind\n    title\n    citation\n    author\n    date\n    url\n    language\n    summary\n    tags\n    confidentiality\n    article\n    page\n    interview {\n      intervieweeCode\n      organisationType\n      consentRecorded\n      notes\n    }\n    createdAt\n    updatedAt\n    archivedAt\n    createdByYou\n    viewerActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFileFields on EvidenceFile {\n    id\n    evidenceId\n    fileName\n    mediaType\n    sizeBytes\n    textStatus\n    createdAt\n    downloadPath\n  }\n"): (typeof documents)["\n  fragment EvidenceFileFields on EvidenceFile {\n    id\n    evidenceId\n    fileName\n    mediaType\n    sizeBytes\n    textStatus\n    createdAt\n    downloadPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceList($assessmentId: ID!, $filter: EvidenceFilter, $page: EvidencePage) {\n    evidence(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      items {\n        ...EvidenceFields\n      }\n      total\n      nextOffset\n    }\n  }\n"): (typeof documents)["\n  query EvidenceList($assessmentId: ID!, $filter: EvidenceFilter, $page: EvidencePage) {\n    evidence(assessmentId: $assessmentId, filter: $filter, page: $page) {\n      items {\n        ...EvidenceFields\n      }\n      total\n      nextOffset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceItem($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      ...EvidenceFields\n      createdBy {\n        id\n        label\n        isYou\n      }\n      files {\n        ...EvidenceFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceItem($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      ...EvidenceFields\n      createdBy {\n        id\n        label\n        isYou\n      }\n      files {\n        ...EvidenceFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedEvidence($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      id\n      kind\n      title\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query CitedEvidence($assessmentId: ID!, $id: ID!) {\n    evidenceItem(assessmentId: $assessmentId, id: $id) {\n      id\n      kind\n      title\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvidence($assessmentId: ID!, $id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvidence($assessmentId: ID!, $id: ID!, $input: UpdateEvidenceInput!) {\n    updateEvidence(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveEvidence($assessmentId: ID!, $id: ID!) {\n    archiveEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveEvidence($assessmentId: ID!, $id: ID!) {\n    archiveEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreEvidence($assessmentId: ID!, $id: ID!) {\n    restoreEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreEvidence($assessmentId: ID!, $id: ID!) {\n    restoreEvidence(assessmentId: $assessmentId, id: $id) {\n      id\n      archivedAt\n      updatedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    id\n    elementKey\n    subElementKey\n    findingIds\n    title\n    description\n    responsibleOrganisationId\n    responsibleInstitutionName\n    responsibleOrganisation {\n      id\n      name\n    }\n    priority\n    timeframe\n    status\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RecommendationFields on Recommendation {\n    id\n    elementKey\n    subElementKey\n    findingIds\n    title\n    description\n    responsibleOrganisationId\n    responsibleInstitutionName\n    responsibleOrganisation {\n      id\n      name\n    }\n    priority\n    timeframe\n    status\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($assessmentId: ID!, $filter: RecommendationFilter) {\n    recommendations(assessmentId: $assessmentId, filter: $filter) {\n      ...RecommendationFields\n    }\n  }\n"): (typeof documents)["\n  query Recommendations($assessmentId: ID!, $filter: RecommendationFilter) {\n    recommendations(assessmentId: $assessmentId, filter: $filter) {\n      ...RecommendationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementationRoadmap($assessmentId: ID!, $groupBy: RoadmapGrouping!) {\n    implementationRoadmap(assessmentId: $assessmentId, groupBy: $groupBy) {\n      key\n      elementKey\n      organisationId\n      institutionName\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementationRoadmap($assessmentId: ID!, $groupBy: RoadmapGrouping!) {\n    implementationRoadmap(assessmentId: $assessmentId, groupBy: $groupBy) {\n      key\n      elementKey\n      organisationId\n      institutionName\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationOptions($assessmentId: ID!) {\n    assessment(id: $assessmentId) {\n      id\n      elements {\n        key\n        title\n        subElements {\n          key\n          title\n          enabled\n        }\n      }\n    }\n    recommendationInstitutions(assessmentId: $assessmentId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RecommendationOptions($assessmentId: ID!) {\n    assessment(id: $assessmentId) {\n      id\n      elements {\n        key\n        title\n        subElements {\n          key\n          title\n          enabled\n        }\n      }\n    }\n    recommendationInstitutions(assessmentId: $assessmentId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationFindingOptions($assessmentId: ID!, $elementKey: String!) {\n    recommendationFindingOptions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      id\n      subElementKey\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  query RecommendationFindingOptions($assessmentId: ID!, $elementKey: String!) {\n    recommendationFindingOptions(assessmentId: $assessmentId, elementKey: $elementKey) {\n      id\n      subElementKey\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecommendation($input: CreateRecommendationInput!) {\n    createRecommendation(input: $input) {\n      ...RecommendationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($assessmentId: ID!, $id: ID!, $input: UpdateRecommendationInput!) {\n    updateRecommendation(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...RecommendationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($assessmentId: ID!, $id: ID!, $input: UpdateRecommendationInput!) {\n    updateRecommendation(assessmentId: $assessmentId, id: $id, input: $input) {\n      ...RecommendationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRecommendation($assessmentId: ID!, $id: ID!) {\n    deleteRecommendation(assessmentId: $assessmentId, id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRecommendation($assessmentId: ID!, $id: ID!) {\n    deleteRecommendation(assessmentId: $assessmentId, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ValidationOutcomeFields on ValidationOutcome {\n    itemId\n    workshopId\n    kind\n    findingId\n    questionKey\n    outcome\n    note\n    amendedRating\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment ValidationOutcomeFields on ValidationOutcome {\n    itemId\n    workshopId\n    kind\n    findingId\n    questionKey\n    outcome\n    note\n    amendedRating\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationOutcomes($assessmentId: ID!, $elementKey: String) {\n    validationOutcomes(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ValidationOutcomeFields\n    }\n  }\n"): (typeof documents)["\n  query ValidationOutcomes($assessmentId: ID!, $elementKey: String) {\n    validationOutcomes(assessmentId: $assessmentId, elementKey: $elementKey) {\n      ...ValidationOutcomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopFields on Workshop {\n    id\n    assessmentId\n    title\n    status\n    joinCode\n    currentItemId\n    participantCount\n    openedAt\n    closedAt\n    items {\n      ...WorkshopItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment WorkshopFields on Workshop {\n    id\n    assessmentId\n    title\n    status\n    joinCode\n    currentItemId\n    participantCount\n    openedAt\n    closedAt\n    items {\n      ...WorkshopItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopItemFields on WorkshopItem {\n    id\n    position\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    findingId\n    statement\n    rating\n    tally {\n      agree\n      agreeWithChanges\n      disagree\n      total\n    }\n    comments {\n      vote\n      comment\n    }\n    myVote\n    outcome\n    outcomeNote\n    amendedText\n    amendedRating\n  }\n"): (typeof documents)["\n  fragment WorkshopItemFields on WorkshopItem {\n    id\n    position\n    kind\n    elementKey\n    subElementKey\n    questionKey\n    findingId\n    statement\n    rating\n    tally {\n      agree\n      agreeWithChanges\n      disagree\n      total\n    }\n    comments {\n      vote\n      comment\n    }\n    myVote\n    outcome\n    outcomeNote\n    amendedText\n    amendedRating\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshops($assessmentId: ID!) {\n    workshops(assessmentId: $assessmentId) {\n      id\n      title\n      status\n      joinCode\n      participantCount\n      openedAt\n      closedAt\n      items {\n        id\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workshops($assessmentId: ID!) {\n    workshops(assessmentId: $assessmentId) {\n      id\n      title\n      status\n      joinCode\n      participantCount\n      openedAt\n      closedAt\n      items {\n        id\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshop($assessmentId: ID!, $id: ID!) {\n    workshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  query Workshop($assessmentId: ID!, $id: ID!) {\n    workshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopAsGuest($guestToken: String!) {\n    workshopAsGuest(guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  query WorkshopAsGuest($guestToken: String!) {\n    workshopAsGuest(guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopByCode($code: String!) {\n    workshopByCode(code: $code) {\n      workshopId\n      assessmentId\n      title\n      status\n      isMember\n    }\n  }\n"): (typeof documents)["\n  query WorkshopByCode($code: String!) {\n    workshopByCode(code: $code) {\n      workshopId\n      assessmentId\n      title\n      status\n      isMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkshopChanged($workshopId: ID!, $guestToken: String) {\n    workshopChanged(workshopId: $workshopId, guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  subscription WorkshopChanged($workshopId: ID!, $guestToken: String) {\n    workshopChanged(workshopId: $workshopId, guestToken: $guestToken) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkshopItem($input: AddWorkshopItemInput!) {\n    addWorkshopItem(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkshopItem($input: AddWorkshopItemInput!) {\n    addWorkshopItem(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkshopItem($assessmentId: ID!, $itemId: ID!) {\n    removeWorkshopItem(assessmentId: $assessmentId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveWorkshopItem($assessmentId: ID!, $itemId: ID!) {\n    removeWorkshopItem(assessmentId: $assessmentId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveWorkshopItem($assessmentId: ID!, $itemId: ID!, $position: Int!) {\n    moveWorkshopItem(assessmentId: $assessmentId, itemId: $itemId, position: $position) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveWorkshopItem($assessmentId: ID!, $itemId: ID!, $position: Int!) {\n    moveWorkshopItem(assessmentId: $assessmentId, itemId: $itemId, position: $position) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenWorkshop($assessmentId: ID!, $id: ID!) {\n    openWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenWorkshop($assessmentId: ID!, $id: ID!) {\n    openWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkshop($assessmentId: ID!, $id: ID!) {\n    closeWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseWorkshop($assessmentId: ID!, $id: ID!) {\n    closeWorkshop(assessmentId: $assessmentId, id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCurrentWorkshopItem($assessmentId: ID!, $workshopId: ID!, $itemId: ID!) {\n    setCurrentWorkshopItem(assessmentId: $assessmentId, workshopId: $workshopId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCurrentWorkshopItem($assessmentId: ID!, $workshopId: ID!, $itemId: ID!) {\n    setCurrentWorkshopItem(assessmentId: $assessmentId, workshopId: $workshopId, itemId: $itemId) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastWorkshopVote($input: CastWorkshopVoteInput!) {\n    castWorkshopVote(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CastWorkshopVote($input: CastWorkshopVoteInput!) {\n    castWorkshopVote(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWorkshopAsGuest($code: String!, $displayName: String!) {\n    joinWorkshopAsGuest(code: $code, displayName: $displayName) {\n      workshopId\n      guestToken\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWorkshopAsGuest($code: String!, $displayName: String!) {\n    joinWorkshopAsGuest(code: $code, displayName: $displayName) {\n      workshopId\n      guestToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWorkshopOutcome($input: RecordWorkshopOutcomeInput!) {\n    recordWorkshopOutcome(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWorkshopOutcome($input: RecordWorkshopOutcomeInput!) {\n    recordWorkshopOutcome(input: $input) {\n      ...WorkshopItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopQuestionRatings($id: ID!) {\n    assessment(id: $id) {\n      id\n      progress {\n        elements {\n          elementKey\n          subElements {\n            subElementKey\n            questions {\n              questionKey\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopQuestionRatings($id: ID!) {\n    assessment(id: $id) {\n      id\n      progress {\n        elements {\n          elementKey\n          subElements {\n            subElementKey\n            questions {\n              questionKey\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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