import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Skeleton } from 'antd';
import { buildPlanDocument } from '../../../shared/document/builders/plan.ts';
import { planCheckFacts, planSnapshotFromDraft, type PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import { checkDocument } from '../../../shared/document/check.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { useCampaigns } from '../../app/CampaignContext.tsx';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';
import { PrintCopy } from '../../preview/PrintCopy.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { keepDraft, unsavedDraft } from './planDraftStore.ts';
import { PlanToolbar, type PlanVersion } from './PlanToolbar.tsx';
import { usePlanActions } from './usePlanActions.tsx';
import { usePreviewScale } from './usePreviewScale.ts';
import { usePreviewFollowsFocus } from './usePreviewFollowsFocus.ts';
import { TextDataAlert } from './TextDataAlert.tsx';
import { withTextFixed } from '../../../shared/document/builders/plan-text-check.ts';

/** Kế hoạch: edit every part of the plan beside its live A4 preview; check, export, print, issue. */
export function PlanScreen({ campaignId }: Pick<ScreenProps, 'campaignId'>) {
  const state = useQuery('plans.get', { campaignId });
  const info = useQuery('app.info', {});
  const [edited, setEdited] = useState<PlanDraft | null>(() => unsavedDraft(campaignId));
  // The version the user picked; until then the one the screen opens on (below).
  const [chosenVersion, setVersion] = useState<PlanVersion | null>(null);
  const [issuing, setIssuing] = useState(false);
  const pane = useRef<HTMLDivElement>(null);
  const scale = usePreviewScale(pane);
  const followFocus = usePreviewFollowsFocus(pane);
  const campaigns = useCampaigns();
  const loaded = state.data;
  // Opens on the latest issued version while the draft is the same as it; on the draft otherwise.
  const latest = loaded?.issued.at(-1);
  const version: PlanVersion = chosenVersion ?? (latest && !loaded?.changedSinceIssue && !edited ? latest.id : 'draft');
  const issuedDoc = useQuery('plans.document', typeof version === 'number' ? { campaignId, issuedId: version } : null);

  useEffect(() => {
    if (edited) keepDraft(campaignId, edited);
  }, [campaignId, edited]);

  // Editing shows the draft being edited.
  const edit = (next: PlanDraft) => {
    setEdited(next);
    setVersion('draft');
  };
  const draft = edited ?? loaded?.draft ?? null;
  const draftDocument = useMemo(
    () => (loaded && draft ? buildPlanDocument(planSnapshotFromDraft(draft, loaded.agency, loaded.units, loaded.year)) : null),
    [loaded, draft],
  );
  const draftProblems = useMemo(
    () => (loaded && draft && draftDocument ? checkDocument(draftDocument, planCheckFacts(draft, loaded.units, false, loaded.year)) : []),
    [loaded, draft, draftDocument],
  );
  const issued = typeof version === 'number' ? loaded?.issued.find((item) => item.id === version) : undefined;
  const problems = issued ? (issuedDoc.data?.problems ?? []) : draftProblems;
  const actions = usePlanActions({
    campaignId,
    edited,
    setEdited,
    issuedId: issued?.id ?? null,
    problems,
    draftProblems,
    host: info.data?.host,
    reload: state.reload,
    startIssuing: () => setIssuing(true),
  });

  if (state.error) return <Alert type="error" showIcon title="Không tải được kế hoạch" description={state.error} />;
  if (!loaded || !draft || !draftDocument) return <Skeleton active paragraph={{ rows: 12 }} />;
  const shown = issued ? issuedDoc.data?.document : draftDocument;

  return (
    <div
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void actions.save();
        }
      }}
    >
      <PlanToolbar
        plan={loaded}
        version={version}
        onVersion={setVersion}
        dirty={edited !== null}
        problemCount={problems.length}
        actions={actions}
      />
      <div className="plan-layout">
        <div>
          {version !== 'draft' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="Bản đã ban hành chỉ để xem và xuất lại đúng như khi ban hành. Phần sửa bên trái là bản dự thảo."
            />
          )}
          {version === 'draft' && (
            <TextDataAlert
              mismatches={draftProblems.flatMap((problem) => (problem.fix ? [problem.fix] : []))}
              onFix={(mismatches) => edit(mismatches.reduce(withTextFixed, draft))}
            />
          )}
          <div className="plan-editor" onFocus={followFocus}>
            <PlanEditor draft={draft} units={loaded.units} onChange={edit} />
          </div>
        </div>
        <div className="plan-preview" ref={pane} aria-label="Xem trước">
          {shown ? <DocumentPreview document={shown} scale={scale} /> : <Skeleton active />}
        </div>
        {shown && <PrintCopy document={shown} />}
      </div>
      {issuing && (
        <IssueDialog
          campaignId={campaignId}
          campaignYear={loaded.year}
          symbol={`KH-${loaded.agency.abbreviation}`}
          suggestedNumber={loaded.suggestedNumber}
          onClose={() => setIssuing(false)}
          onIssued={(id) => {
            setIssuing(false);
            state.reload();
            // The campaign's status ("Kế hoạch đã ban hành") in the header comes from the campaign list.
            campaigns.reload();
            setVersion(id);
          }}
        />
      )}
    </div>
  );
}
