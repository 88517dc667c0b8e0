import { serializeFlow } from '../../format';
import type { Flow } from '../../model';
import { selectDirtyFunctionIds, useStore } from '../../store';
import { downloadBlob } from '../../components/download';
import { safeFileName } from '../../lib/fileNames';
import { LINK_LIMITS, linkLength, linkVerdict } from './linkLimits';
import { notify } from './notify';
import { REMOVED } from './removeSecrets';
import { confirmSecrets, type SecretsChoice } from './secretsPrompt';
import { shareUrl } from './shareLink';

/** How "Copy share link" ended, for the menu to show a dialog where a notice is not enough. */
export type LinkOutcome =
  | { type: 'copied' }
  | { type: 'cancelled' }
  | { type: 'tooLong'; length: number; flow: Flow }
  | { type: 'copyFailed'; url: string; reason: string };

/**
 * Asks about secrets, packs the flow into a link and puts it on the clipboard. A view-only
 * link opens without palette, inspector or editing (for slides and docs); the flow still runs.
 */
export async function copyShareLink(view = false): Promise<LinkOutcome> {
  const choice = await confirmSecrets(useStore.getState().doc, 'link');
  if (choice.type === 'cancelled') return choice;
  const url = shareUrl(window.location.href, choice.flow, view);
  const verdict = linkVerdict(url.length);
  if (verdict === 'tooLong') return { type: 'tooLong', length: url.length, flow: choice.flow };
  try {
    await navigator.clipboard.writeText(url);
  } catch (e) {
    return { type: 'copyFailed', url, reason: e instanceof Error ? e.message : String(e) };
  }
  const details = [
    'The flow is packed into the link itself: nothing was uploaded. Whoever opens it gets their own copy.',
    ...secretsLine(choice),
    ...unsavedCodeLine(),
  ];
  if (verdict === 'long') {
    notify({
      tone: 'info',
      title: 'Copied a long share link',
      details: [
        `It is ${linkLength(url.length)}. Browsers open it, but past ${LINK_LIMITS.warnAbove.toLocaleString('en-US')} characters chat apps, email clients and link shorteners may cut it. If it arrives broken, send the flow file instead.`,
        ...details,
      ],
    });
  } else {
    notify({ tone: 'success', title: view ? 'Copied the view-only link' : 'Copied the share link', details });
  }
  return { type: 'copied' };
}

/** Downloads a flow as its file (`<name>.eventflow.json`): what to send when a link will not do. */
export function downloadFlowFile(flow: Flow): void {
  const fileName = safeFileName(flow.name, '.eventflow.json');
  downloadBlob(new Blob([serializeFlow(flow)], { type: 'application/json' }), fileName);
  notify({ tone: 'success', title: `Saved ${fileName}` });
}

function secretsLine(choice: SecretsChoice): string[] {
  if (choice.type === 'omitted')
    return [
      `${plural(choice.count, 'secret')} left out of the link (written as ${REMOVED}); your flow keeps them.`,
    ];
  if (choice.type === 'included')
    return [`It includes ${plural(choice.count, 'secret')}: share it with care.`];
  return [];
}

function unsavedCodeLine(): string[] {
  const dirty = selectDirtyFunctionIds(useStore.getState());
  if (dirty.length === 0) return [];
  const doc = useStore.getState().doc;
  const names = dirty.map((id) => doc.nodes.find((n) => n.id === id)?.label ?? id);
  return [
    `Unsaved code changes are not in it (${names.join(', ')}): save them and copy again to include them.`,
  ];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
