import type { Block, ExportModel, ExportPart, Inline, Table } from '../../../../shared/export/model';
import { chartSvg } from '../../../../shared/export/chart';

// The export model as HTML, for the print view (and so the PDF). The same
// model feeds Word and Markdown, so all three say the same thing.

function Inlines({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) => {
        let node: React.ReactNode = inline.text.split('\n').flatMap((line, n) => (n === 0 ? [line] : [<br key={n} />, line]));
        if (inline.bold) node = <strong>{node}</strong>;
        if (inline.italic) node = <em>{node}</em>;
        if (inline.href) node = <a href={inline.href} rel="noopener noreferrer">{node}</a>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function TableView({ table }: { table: Table }) {
  return (
    <table className="data-table export-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (table.rowHeaders && c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case 'paragraph':
      return <p><Inlines inlines={block.inlines} /></p>;
    case 'note':
      return <p className="export-note">{block.text}</p>;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((item, i) => (
            <li key={i} style={item.level > 0 ? { marginLeft: `${item.level * 1.5}em` } : undefined}><Inlines inlines={item.inlines} /></li>
          ))}
        </Tag>
      );
    }
    case 'table':
      return <TableView table={block.table} />;
    case 'chart':
      return (
        <figure className="export-chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(block.chart))}`} alt={block.chart.alt} />
        </figure>
      );
  }
}

function PartView({ part }: { part: ExportPart }) {
  return (
    <section className={part.appendix ? 'export-part export-appendix' : 'export-part'} aria-labelledby={`h-${part.id}`}>
      <h2 id={`h-${part.id}`}>{part.title}</h2>
      {part.blocks.map((block, i) => <BlockView key={i} block={block} />)}
    </section>
  );
}

export function ModelView({ model }: { model: ExportModel }) {
  const { cover } = model;
  return (
    <div className="export-document" lang={model.language}>
      <section className="export-cover" aria-label="Cover">
        <p className="export-cover-title">{cover.title}</p>
        <p className="export-cover-kind">Local blueprint</p>
        {cover.localAuthority && <p>{cover.localAuthority}</p>}
        {cover.date && <p>{cover.date}</p>}
        <p>{cover.tookPart}</p>
        {cover.names && cover.names.length > 0 && <p>Who took part: {cover.names.join(', ')}</p>}
      </section>
      <nav className="export-contents" aria-labelledby="export-contents-heading">
        <h2 id="export-contents-heading">Contents</h2>
        <ol>
          {model.contents.map((entry) => <li key={entry.id}><a href={`#h-${entry.id}`} onClick={(e) => jumpTo(e, entry.id)}>{entry.title}</a></li>)}
        </ol>
      </nav>
      {model.parts.map((part) => <PartView key={part.id} part={part} />)}
    </div>
  );
}

/** The app's routes live in the hash, so contents links scroll instead of navigating. */
function jumpTo(event: React.MouseEvent, id: string): void {
  event.preventDefault();
  const target = document.getElementById(`h-${id}`);
  target?.scrollIntoView();
  target?.setAttribute('tabindex', '-1');
  target?.focus();
}
