/** Always on screen: a workshop is about the work, never about a child. */
export function PrivacyNotice() {
  return (
    <div className="privacy-notice" role="note" aria-label="Privacy">
      <strong>Write about the work, never about a child or family.</strong> No names, dates of birth,
      addresses or case numbers: everyone in the room can see what you write.{' '}
      <details className="privacy-why">
        <summary>Why?</summary>
        <p>
          A workshop board is copied to every laptop in the room and kept in the exported blueprint. It is not a
          case record and has none of a case record's protection, so a family's details written here could be seen
          by people who have no reason to see them. The board needs the pattern (&ldquo;panel papers take three
          hours&rdquo;), never the person.
        </p>
        <p>
          Before a note is shared, the app looks for names, dates of birth, NHS numbers, case and reference numbers,
          postcodes, phone numbers and email addresses, and asks you to check. It can miss things and can be wrong:
          it helps you notice, it does not decide for you.
        </p>
      </details>
    </div>
  );
}
