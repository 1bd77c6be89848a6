/**
 * A blank page holding `snippet`, as a site owner would paste it into an empty document. `head`
 * goes before everything else: the preview puts its isolation script there (`preview-isolation.ts`).
 */
export function blankPage(snippet: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blank page with the snippet</title>
${head}</head>
<body>
${snippet}</body>
</html>
`;
}
