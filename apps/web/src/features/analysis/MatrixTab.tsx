import { useQuery } from '@apollo/client/react';
import { Badge, Button, List, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationOutcomeFieldsFragment } from '../../gql/graphql';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { findingColumns, ratingColour } from './analysis-display';
import { AnalysisMatrixQuery } from './analysis.graphql';
import type { RatingsRow } from './analysis-types';
import { ValidationBadge } from '../workshops/ValidationBadge';
import { DivergenceNote } from './DivergenceNote';

function Consolidated({ ratings }: { ratings: RatingsRow }) {
  const { t } = useTranslation();
  const c = ratings.consolidated;
  return c ? (
    <Badge color={ratingColour[c.rating]} variant="light">
      {t('analysis.matrix.consolidated', { rating: t(`analysis.rating.${c.rating}`) })}
    </Badge>
  ) : (
    <Text size="xs" c="dimmed">
      {t('analysis.matrix.notConsolidated')}
    </Text>
  );
}

// Question ratings a workshop decided on; which question is in each badge's description.
function RatingOutcomes({ outcomes }: { outcomes: readonly ValidationOutcomeFieldsFragment[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) {
    return null;
  }
  return (
    <Stack gap={2} data-testid="matrix-rating-outcomes">
      <Text size="xs" c="dimmed">
        {t('analysis.matrix.ratingOutcomes')}
      </Text>
      {outcomes.map((o) => (
        <ValidationBadge key={o.itemId} outcome={o} />
      ))}
    </Stack>
  );
}

// Elements × kinds of finding; an element opens onto its sub-elements and their findings' text.
export function MatrixTab({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { data, error, refetch } = useQuery(AnalysisMatrixQuery, {
    variables: { assessmentId },
    fetchPolicy: 'cache-and-network',
  });
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) {
        next.add(key);
      }
      return next;
    });
  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="analysis-matrix">
        <Table.Caption>{t('analysis.matrix.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('analysis.matrix.element')}</Table.Th>
            {findingColumns.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`analysis.matrix.column.${c}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('analysis.matrix.ratings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.analysisMatrix.elements.map((element) => {
            const expanded = open.has(element.elementKey);
            return (
              <Fragment key={element.id}>
                <Table.Tr data-testid="matrix-element">
                  <Table.Th scope="row">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-expanded={expanded}
                      aria-label={t(expanded ? 'analysis.matrix.hide' : 'analysis.matrix.show', {
                        title: element.title,
                      })}
                      onClick={() => toggle(element.elementKey)}
                    >
                      <span aria-hidden="true">{expanded ? '▾' : '▸'} </span>
                      {element.title}
                    </Button>
                  </Table.Th>
                  {findingColumns.map((c) => (
                    <Table.Td key={c}>{element.counts[c]}</Table.Td>
                  ))}
                  <Table.Td>
                    {element.divergentCount > 0 ? (
                      <Badge color="red" variant="light">
                        <span aria-hidden="true">⚠ </span>
                        {t('analysis.matrix.divergentCount', { count: element.divergentCount })}
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
                {expanded
                  ? element.subElements.map((sub) => (
                      <Table.Tr
                        key={sub.id}
                        data-testid="matrix-sub-element"
                        bg={sub.ratings.divergent ? 'red.0' : undefined}
                      >
                        <Table.Td ps="xl">
                          <Text size="sm">{sub.title}</Text>
                        </Table.Td>
                        {findingColumns.map((c) => (
                          <Table.Td key={c}>
                            {sub[c].length === 0 ? (
                              <Text size="xs" c="dimmed">
                                {t('analysis.matrix.none')}
                              </Text>
                            ) : (
                              <List size="xs" spacing={2}>
                                {sub[c].map((f) => (
                                  <List.Item key={f.id} dir="auto">
                                    {f.text}
                                    {f.validation ? (
                                      <>
                                        {' '}
                                        <ValidationBadge outcome={f.validation} />
                                      </>
                                    ) : null}
                                  </List.Item>
                                ))}
                              </List>
                            )}
                          </Table.Td>
                        ))}
                        <Table.Td>
                          <Stack gap={4}>
                            <Consolidated ratings={sub.ratings} />
                            <DivergenceNote ratings={sub.ratings} compact />
                            <RatingOutcomes outcomes={sub.ratingOutcomes} />
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    ))
                  : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
