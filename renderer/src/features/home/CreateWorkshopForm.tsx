import { useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../../../../shared/doc/schema';
import { navigate, workshopHref } from '../../app/route';
import { newWorkshopId } from './recent-workshops';
import { rememberPendingCreation } from '../workshop/pending-creation';
import { TemplateChoice, useAvailableTemplates } from '../facilitation/TemplateChoice';
import { TextField } from '../../lib/TextField';

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
  const templates = useAvailableTemplates();
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
      <TextField
        id="workshop-title"
        label="Workshop name"
        hint="For example, “Session 1: what gets in the way”"
        error={errors.title}
        value={title}
        onChange={setTitle}
        autoComplete="off"
      />
      <TextField
        id="workshop-la"
        label="Local authority"
        error={errors.localAuthority}
        value={localAuthority}
        onChange={setLocalAuthority}
        autoComplete="organization"
      />
      <TextField
        id="workshop-facilitator"
        label="Your name (optional)"
        hint="Shown to the room as the facilitator"
        error={errors.facilitatorName}
        value={facilitatorName}
        onChange={setFacilitatorName}
        autoComplete="name"
      />
      <TemplateChoice value={templateId} onChange={setTemplateId} templates={templates} />
      <button type="submit" className="button">Create workshop</button>
    </form>
  );
}
