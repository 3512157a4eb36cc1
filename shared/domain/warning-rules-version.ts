/**
 * The version of the warning rules of nominee-checks.ts. Raise it whenever a rule (or foldText,
 * unitNameKey that they use) changes what it warns about: the warnings stored per nominee are
 * then worked out again when a file is opened. A module of its own, so checking it loads nothing.
 */
export const WARNING_RULES_VERSION = 4;
