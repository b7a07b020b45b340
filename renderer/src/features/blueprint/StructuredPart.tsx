import type * as Y from 'yjs';
import type { BlueprintSnapshot } from '../../../../shared/doc/blueprint-types';
import type { BlueprintSection } from '../../../../shared/doc/types';
import { DecisionMatrix } from './DecisionMatrix';
import { EvidencePanel } from './EvidencePanel';
import { ImpactPanel } from './ImpactPanel';
import { SupportTeamsPanel } from './SupportTeamsPanel';
import { TeamDesignPanel } from './TeamDesignPanel';
import { TrackerPanel } from './TrackerPanel';
import type { WriteResult } from './use-write';

/** The structured part a section kind carries above its prose. */
export function StructuredPart({ section, blueprint, teamSize, write }: {
  section: BlueprintSection;
  blueprint: BlueprintSnapshot;
  teamSize: number;
  write: (fn: (doc: Y.Doc) => void) => WriteResult;
}) {
  switch (section.kind) {
    case 'evidence':
      return <EvidencePanel evidence={blueprint.evidence} teamSize={teamSize} write={write} />;
    case 'changes':
      return <TrackerPanel changes={blueprint.trackedChanges} write={write} />;
    case 'team-design':
      return blueprint.teamDesign
        ? <TeamDesignPanel design={blueprint.teamDesign} roles={blueprint.teamRoles} write={write} />
        : <p>Start the blueprint to design the teams.</p>;
    case 'decision-rights':
      return <DecisionMatrix decisions={blueprint.decisions} write={write} />;
    case 'support-teams':
      return <SupportTeamsPanel teams={blueprint.supportTeams} write={write} />;
    case 'impact':
      return <ImpactPanel stored={blueprint.impactInputs} changes={blueprint.trackedChanges} write={write} />;
    default:
      return null;
  }
}
