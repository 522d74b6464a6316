/**
 * Offline checks for the add-in-only (XML) manifest. Microsoft's validator
 * (`office-addin-manifest validate`) posts XML manifests to an online service; this checks what
 * can be checked here: well-formed XML (a strict, namespace-aware parser), the TaskPaneApp
 * elements in the order the schema requires (OfficeAppManifestV1_1.xsd and
 * TaskPaneAppVersionOverridesV1_0.xsd), the Excel host, the document permission, the ribbon
 * icon sizes, resource references and HTTPS URLs.
 */
import { SaxesParser } from 'saxes';

export const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
export const VERSION_OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
export const BASIC_TYPES_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export interface XmlElement {
  readonly name: string;
  readonly ns: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

/** Parses strictly (any well-formedness error throws, with its line and column). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attr === 'string' ? attr : attr.value;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attributes, children: [], text: '', line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) throw new Error('the XML document has no root element');
  return root;
}

interface Slot {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const one = (name: string): Slot => ({ name, min: 1, max: 1 });
const optional = (name: string): Slot => ({ name, min: 0, max: 1 });
const many = (name: string, min = 1): Slot => ({ name, min, max: Infinity });

/** OfficeApp (abstract) followed by the TaskPaneApp extension, from OfficeAppManifestV1_1.xsd. */
export const TASK_PANE_APP_SEQUENCE: readonly Slot[] = [
  one('Id'),
  optional('AlternateId'),
  one('Version'),
  one('ProviderName'),
  one('DefaultLocale'),
  one('DisplayName'),
  one('Description'),
  optional('IconUrl'),
  optional('HighResolutionIconUrl'),
  optional('SupportUrl'),
  optional('AppDomains'),
  optional('Hosts'),
  optional('Requirements'),
  one('DefaultSettings'),
  one('Permissions'),
  optional('Dictionary'),
  optional('VersionOverrides'),
];

const SEQUENCES: Readonly<Record<string, readonly Slot[]>> = {
  VersionOverrides: [optional('Description'), optional('Requirements'), optional('Hosts'), optional('Resources'), optional('WebApplicationInfo'), optional('EquivalentAddins')],
  DesktopFormFactor: [optional('GetStarted'), optional('FunctionFile'), many('ExtensionPoint')],
  GetStarted: [one('Title'), one('Description'), one('LearnMoreUrl')],
  Group: [one('Label'), one('Icon'), many('Control')],
  Control: [one('Label'), one('Supertip'), one('Icon'), one('Action')],
  Supertip: [one('Title'), one('Description')],
  Action: [optional('TaskpaneId'), one('SourceLocation'), optional('Title')],
  Resources: [optional('Images'), optional('Urls'), optional('ShortStrings'), optional('LongStrings')],
  Requirements: [optional('Sets'), optional('Methods')],
  DefaultSettings: [one('SourceLocation')],
};

function checkSequence(parent: XmlElement, sequence: readonly Slot[], where: string, problems: string[]): void {
  let slot = 0;
  let count = 0;
  for (const child of parent.children) {
    while (slot < sequence.length && sequence[slot]!.name !== child.name) {
      if (count < sequence[slot]!.min) problems.push(`${where}: <${sequence[slot]!.name}> is missing before <${child.name}> (line ${child.line})`);
      slot++;
      count = 0;
    }
    if (slot >= sequence.length) {
      const known = sequence.some((s) => s.name === child.name);
      problems.push(
        known
          ? `${where}: <${child.name}> is out of order (line ${child.line}); the schema wants ${sequence.map((s) => s.name).join(', ')}`
          : `${where}: <${child.name}> is not allowed here (line ${child.line})`,
      );
      return;
    }
    count++;
    if (count > sequence[slot]!.max) problems.push(`${where}: <${child.name}> appears too often (line ${child.line})`);
  }
  for (; slot < sequence.length; slot++, count = 0) {
    if (count < sequence[slot]!.min) problems.push(`${where}: <${sequence[slot]!.name}> is missing`);
  }
}

function walk(element: XmlElement, visit: (e: XmlElement, path: string) => void, path = element.name): void {
  visit(element, path);
  for (const child of element.children) walk(child, visit, `${path}/${child.name}`);
}

function xsiType(element: XmlElement): string | undefined {
  return element.attributes['xsi:type'];
}

/** Every problem found; empty when the manifest passes. */
export function checkXmlManifest(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems: string[] = [];
  if (root.name !== 'OfficeApp' || root.ns !== OFFICE_APP_NS) problems.push(`the root must be <OfficeApp xmlns="${OFFICE_APP_NS}">`);
  if (xsiType(root) !== 'TaskPaneApp') problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  if (root.attributes['xmlns:xsi'] !== XSI_NS) problems.push(`xmlns:xsi must be ${XSI_NS}`);
  checkSequence(root, TASK_PANE_APP_SEQUENCE, 'OfficeApp', problems);

  const child = (parent: XmlElement | undefined, name: string): XmlElement | undefined => parent?.children.find((c) => c.name === name);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child(root, 'Id')?.text.trim() ?? '')) problems.push('<Id> must be a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(child(root, 'Version')?.text.trim() ?? '')) problems.push('<Version> must look like 1.0.0.0');
  const hosts = child(root, 'Hosts')?.children.map((h) => h.attributes.Name) ?? [];
  if (!hosts.includes('Workbook')) problems.push('<Hosts> must name the Workbook (Excel) host');
  if (child(root, 'Permissions')?.text.trim() !== 'ReadWriteDocument') problems.push('<Permissions> must be ReadWriteDocument');

  const overrides = child(root, 'VersionOverrides');
  if (!overrides) problems.push('<VersionOverrides> (the ribbon button) is missing');
  else {
    if (overrides.ns !== VERSION_OVERRIDES_NS) problems.push(`VersionOverrides must be in ${VERSION_OVERRIDES_NS}`);
    if (xsiType(overrides) !== 'VersionOverridesV1_0') problems.push('a TaskPaneApp supports only VersionOverridesV1_0');
  }

  const resourceIds = new Set<string>();
  const references: { id: string; path: string }[] = [];
  const imageSizes = new Map<string, Set<string>>();
  walk(root, (element, path) => {
    const sequence = SEQUENCES[element.name];
    // Only containers are listed; leaf elements such as Description or Title carry text.
    if (sequence) checkSequence(element, sequence, path, problems);
    if (element.ns === BASIC_TYPES_NS && element.attributes.id !== undefined) {
      resourceIds.add(element.attributes.id);
      if (element.attributes.id.length > 32) problems.push(`${path}: resource id "${element.attributes.id}" is longer than 32 characters`);
    }
    if (element.attributes.resid !== undefined) {
      references.push({ id: element.attributes.resid, path });
      if (element.name === 'Image' && path.endsWith('/Icon/Image')) {
        const group = path.replace(/\/Image$/, '');
        const sizes = imageSizes.get(group) ?? new Set<string>();
        sizes.add(element.attributes.size ?? '');
        imageSizes.set(group, sizes);
      }
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      if ((name === 'DefaultValue' || name === 'Value') && /^[a-z]+:\/\//i.test(value) && !value.startsWith('https://')) {
        problems.push(`${path}: ${value} must be an HTTPS URL`);
      }
    }
    if (element.name === 'AppDomain' && !element.text.trim().startsWith('https://')) problems.push(`${path}: ${element.text.trim()} must be an HTTPS origin`);
  });
  for (const ref of references) {
    if (!resourceIds.has(ref.id)) problems.push(`${ref.path}: resid "${ref.id}" is not defined under <Resources>`);
  }
  if (imageSizes.size === 0) problems.push('the ribbon button has no icons');
  for (const [group, sizes] of imageSizes) {
    for (const size of ['16', '32', '80']) if (!sizes.has(size)) problems.push(`${group}: a ${size}×${size} icon is required`);
  }
  return problems;
}
