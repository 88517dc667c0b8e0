export { ShareMenu } from './ShareMenu';
export { useShareLinkOpener } from './useShareLinkOpener';
export { findSecrets, type SecretFinding } from './findSecrets';
export { removeSecrets, REMOVED } from './removeSecrets';
export { askBeforeExport, confirmSecrets, type SecretsChoice } from './secretsPrompt';
