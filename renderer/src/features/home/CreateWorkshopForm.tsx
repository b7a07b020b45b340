import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../../../../shared/doc/schema';
import { navigate, workshopHref } from '../../app/route';
import { newWorkshopId } from './recent-workshops';
import { rememberPendingCreation } from '../workshop/pending-creation';
import { TemplateChoice, availableTemplates } from '../facilitation/TemplateChoice';

interface FieldErrors {
  title?: string;
  localAuthority?: string;
  facilitatorName?: string;
}

function validate(title: string, localAuthority: string, facilitatorName: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!title.trim()) errors.title = 'Enter a name for the workshop';
  else if (title.trim().length > MAX_TITLE_LENGTH) errors.title = `The name must be ${MAX_TITLE_LENGTH} characters or fewer`;
  if (!localAuthority.trim()) errors.localAuthority = 'Enter your local authority';
  else if (localAuthority.trim().length > MAX_TITLE_LENGTH) errors.localAuthority = `The local authority must be ${MAX_TITLE_LENGTH} characters or fewer`;
  if (facilitatorName.trim().length > MAX_NAME_LENGTH) errors.facilitatorName = `Your name must be ${MAX_NAME_LENGTH} characters or fewer`;
  return errors;
}

export function CreateWorkshopForm() {
  const [title, setTitle] = useState('');
  const [localAuthority, setLocalAuthority] = useState('');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [templates] = useState(availableTemplates);
  const [templateId, setTemplateId] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(title, localAuthority, facilitatorName);
    setErrors(found);
    const firstError = found.title ? 'workshop-title' : found.localAuthority ? 'workshop-la' : found.facilitatorName ? 'workshop-facilitator' : null;
    if (firstError) {
      document.getElementById(firstError)?.focus();
      return;
    }
    const id = newWorkshopId();
    rememberPendingCreation(id, {
      title: title.trim(),
      localAuthority: localAuthority.trim(),
      facilitatorName: facilitatorName.trim() || 'Facilitator',
      template: templates.find((t) => t.id === templateId),
    });
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
      <div className={`field${errors.facilitatorName ? ' field-error' : ''}`}>
        <label htmlFor="workshop-facilitator">Your name (optional)</label>
        <span className="hint" id="workshop-facilitator-hint">Shown to the room as the facilitator</span>
        {errors.facilitatorName && <span className="error-message" id="workshop-facilitator-error">{errors.facilitatorName}</span>}
        <input
          id="workshop-facilitator"
          value={facilitatorName}
          onChange={(e) => setFacilitatorName(e.target.value)}
          aria-describedby={`workshop-facilitator-hint${errors.facilitatorName ? ' workshop-facilitator-error' : ''}`}
          aria-invalid={Boolean(errors.facilitatorName)}
          autoComplete="name"
        />
      </div>
      <TemplateChoice value={templateId} onChange={setTemplateId} templates={templates} />
      <button type="submit" className="button">Create workshop</button>
    </form>
  );
}
