import type { BoardCategory } from '../../../../../shared/board/categories';

/** A category's swatch and its words: colour is never the only signal. */
export function CategoryLabel({ category }: { category: BoardCategory }) {
  return (
    <span className="category-label">
      <span className="category-swatch" style={{ background: category.colour }} aria-hidden="true" />
      {category.label}
    </span>
  );
}
