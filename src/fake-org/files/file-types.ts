// Salesforce derives a file's FileType and FileExtension from PathOnClient's extension.
const FILE_TYPES: Readonly<Record<string, string>> = {
  csv: 'CSV', gif: 'GIF', jpeg: 'JPG', jpg: 'JPG', json: 'JSON', pdf: 'PDF', png: 'PNG', txt: 'TEXT', xml: 'XML', zip: 'ZIP',
};

export function fileExtension(pathOnClient: string): string | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(pathOnClient);
  return match?.[1]?.toLowerCase() ?? null;
}

export function fileType(pathOnClient: string): string {
  const extension = fileExtension(pathOnClient);
  return (extension && FILE_TYPES[extension]) ?? 'UNKNOWN';
}

/** A file's title when the client sends none: its name without the extension. */
export function titleFromPath(pathOnClient: string): string {
  const name = pathOnClient.split(/[\\/]/).pop() ?? pathOnClient;
  return name.replace(/\.[A-Za-z0-9]+$/, '') || name;
}

/** VersionData's bytes, or undefined when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
