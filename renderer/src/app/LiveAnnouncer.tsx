import { useWorkshopStore } from '../store/workshop-store';

/** One polite live region for the whole app, fed by `announce()`. */
export function LiveAnnouncer() {
  const message = useWorkshopStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
