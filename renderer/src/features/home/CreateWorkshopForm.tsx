import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../../../shared/doc/schema';
import { navigate, workshopHref } from '../../app/route';
import { newWorkshopId } from './recent-workshops';
import { rememberPendingCreation } from '../workshop/pending-creation';

interface FieldErrors {
  title?: string;
  localAuthority?: string;
}

function validate(title: string, localAuthority: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!title.trim()) errors.title = 'Enter a name for the workshop';
  else if (title.trim().length > MAX_TITLE_LENGTH) errors.title = `The name must be ${MAX_TITLE_LENGTH} characters or fewer`;
  if (!localAuthority.trim()) errors.localAuthority = 'Enter your local authority';
  else if (localAuthority.trim().length > MAX_TITLE_LENGTH) errors.localAuthority = `The local authority must be ${MAX_TITLE_LENGTH} characters or fewer`;
  return errors;
}

export function CreateWorkshopForm() {
  const [title, setTitle] = useState('');
  const [localAuthority, setLocalAuthority] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(title, localAuthority);
    setErrors(found);
    if (found.title || found.localAuthority) {
      document.getElementById(found.title ? 'workshop-title' : 'workshop-la')?.focus();
      return;
    }
    const id = newWorkshopId();
    rememberPendingCreation(id, { title: title.trim(), localAuthority: localAuthority.trim() });
    navigate(workshopHref(id));
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className={`field${errors.title ? ' field-error' : ''}`}>
        <label htmlFor="workshop-title">Workshop name</label>
        <span className="hint" id="workshop-title-hint">For example, “Session 1: what gets in the way”</span>
        {errors.title && <span className="error-message" id="workshop-title-error">{errors.title}</span>}
        <input
          id="workshop-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby={`workshop-title-hint${errors.title ? ' workshop-title-error' : ''}`}
          aria-invalid={Boolean(errors.title)}
          autoComplete="off"
        />
      </div>
      <div className={`field${errors.localAuthority ? ' field-error' : ''}`}>
        <label htmlFor="workshop-la">Local authority</label>
        {errors.localAuthority && <span className="error-message" id="workshop-la-error">{errors.localAuthority}</span>}
        <input
          id="workshop-la"
          value={localAuthority}
          onChange={(e) => setLocalAuthority(e.target.value)}
          aria-describedby={errors.localAuthority ? 'workshop-la-error' : undefined}
          aria-invalid={Boolean(errors.localAuthority)}
          autoComplete="organization"
        />
      </div>
      <button type="submit" className="button">Create workshop</button>
    </form>
  );
}
