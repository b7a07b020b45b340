/** Always on screen: a workshop is about the work, never about a child. */
export function PrivacyNotice() {
  return (
    <div className="privacy-notice" role="note" aria-label="Privacy">
      <strong>Write about the work, never about a child or family.</strong> No names, dates of birth,
      addresses or case numbers: everyone in the room can see what you write.
    </div>
  );
}
