import { useState, type FormEvent } from 'react';
import { CATEGORY_PALETTE, type BoardCategory } from '../../../../../shared/board/categories';
import { announce } from '../../../store/workshop-store';
import { run, runInForm } from '../../../actions/perform-or-say-why';
import { addCategoryAction, recolourCategoryAction, removeCategoryAction, renameCategoryAction } from './field-actions';
import { CategoryLabel } from './CategoryLabel';
import { useBoardCategories } from './use-board-categories';

/** The palette, plus the category's own colour when it is not one of them. */
function colourOptions(current: string) {
  const known = CATEGORY_PALETTE.some((p) => p.colour.toUpperCase() === current.toUpperCase());
  return known ? CATEGORY_PALETTE : [...CATEGORY_PALETTE, { colour: current.toUpperCase(), name: `Current (${current})` }];
}

function CategoryRow({ category, index }: { category: BoardCategory; index: number }) {
  const [name, setName] = useState(category.label);
  const [error, setError] = useState<string | null>(null);
  const id = `category-${index}`;

  function rename(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === category.label) return;
    const problem = runInForm(renameCategoryAction, { id: category.id, name });
    setError(problem);
    if (!problem) announce(`Category renamed to ${name.trim()}`);
  }

  return (
    <li className="category-row">
      <form onSubmit={rename} className={`category-form${error ? ' field-error' : ''}`} aria-label={`Edit category ${category.label}`}>
        <CategoryLabel category={category} />
        <label htmlFor={`${id}-name`} className="visually-hidden">Name of category {category.label}</label>
        {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off"
          aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        <button type="submit" className="button button-small button-secondary">Rename<span className="visually-hidden"> {category.label}</span></button>
        <label htmlFor={`${id}-colour`} className="visually-hidden">Colour of category {category.label}</label>
        <select id={`${id}-colour`} value={category.colour.toUpperCase()}
          onChange={(e) => {
            const problem = runInForm(recolourCategoryAction, { id: category.id, colour: e.target.value });
            setError(problem);
            if (!problem) announce(`Colour of ${category.label} changed`);
          }}>
          {colourOptions(category.colour).map((p) => <option key={p.colour} value={p.colour}>{p.name}</option>)}
        </select>
        {category.custom && (
          <button type="button" className="link-button danger" onClick={() => {
            if (!run(removeCategoryAction, { id: category.id })) announce(`Category ${category.label} removed; its notes are now in Other. Press Ctrl+Z to undo.`);
          }}>Remove<span className="visually-hidden"> category {category.label}</span></button>
        )}
      </form>
    </li>
  );
}

/** Reword, recolour or add this workshop's categories (kept in the shared document). */
export function CategoryEditor() {
  const categories = useBoardCategories();
  const [name, setName] = useState('');
  const [colour, setColour] = useState(CATEGORY_PALETTE[0]!.colour);
  const [error, setError] = useState<string | null>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    const problem = runInForm(addCategoryAction, { name, colour });
    setError(problem);
    if (!problem) {
      announce(`Category ${name.trim()} added`);
      setName('');
    }
  }

  return (
    <details className="category-editor">
      <summary>Edit this workshop’s categories</summary>
      <ul className="category-list">
        {categories.map((c, i) => <CategoryRow key={`${c.id}:${c.label}`} category={c} index={i} />)}
      </ul>
      <form onSubmit={add} className={`category-form${error ? ' field-error' : ''}`} noValidate>
        <label htmlFor="new-category-name">New category</label>
        {error && <span className="error-message" id="new-category-error">{error}</span>}
        <input id="new-category-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off"
          aria-invalid={Boolean(error)} aria-describedby={error ? 'new-category-error' : undefined} />
        <label htmlFor="new-category-colour">Colour</label>
        <select id="new-category-colour" value={colour} onChange={(e) => setColour(e.target.value)}>
          {CATEGORY_PALETTE.map((p) => <option key={p.colour} value={p.colour}>{p.name}</option>)}
        </select>
        <button type="submit" className="button button-small">Add category</button>
      </form>
    </details>
  );
}
