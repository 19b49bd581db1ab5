// STUB (lead): replaced by the engine helper. Finds the page's upload/publish date (上传日期/发布日期 YYYY-MM-DD).
export function findPublishDate(_text: string): string | undefined {
  return undefined;
}
