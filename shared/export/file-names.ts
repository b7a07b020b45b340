// Suggested names for exported files: the workshop's title, made safe for
// every file system (no folders, no characters Windows refuses).

export function exportFileName(title: string, what: string, extension: 'docx' | 'pdf' | 'csv' | 'md'): string {
  const base = `${title.trim() || 'Workshop'} - ${what}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150);
  return `${base || 'Workshop'}.${extension}`;
}
