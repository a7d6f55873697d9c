/** One header cell as HTML lays it out: its text, and how many columns and rows it spans. */
export interface HeaderCell {
  readonly text: string;
  readonly column: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * A Table's header rows (table.ts) as HTML header cells. A null continues the cell to its left
 * (colspan); an empty string under a single-column cell continues that cell downwards
 * (rowspan), so "STT" of Biểu 06 spans its three header rows as on the paper form.
 */
export function headerCells(header: readonly (readonly (string | null)[])[]): HeaderCell[][] {
  // The cell that may still grow down over each column: a single-column cell placed above.
  const above: (HeaderCell | null)[] = [];
  return header.map((row, r) => {
    const cells: HeaderCell[] = [];
    row.forEach((text, column) => {
      if (text === null) {
        const left = cells.at(-1);
        if (left !== undefined) left.colSpan += 1;
        above[column] = null;
        return;
      }
      const owner = above[column];
      if (r > 0 && text === '' && owner !== undefined && owner !== null) {
        owner.rowSpan += 1;
        return;
      }
      const cell: HeaderCell = { text, column, colSpan: 1, rowSpan: 1 };
      cells.push(cell);
      above[column] = cell;
    });
    // A cell that grew sideways can no longer grow down.
    for (const cell of cells) if (cell.colSpan > 1) for (let c = cell.column; c < cell.column + cell.colSpan; c += 1) above[c] = null;
    return cells;
  });
}
