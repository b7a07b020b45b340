// The export screen asks the print view to open the print dialog once it has
// drawn the blueprint; the request is used once.
let pending: string | null = null;

export function requestPrint(workshopId: string): void {
  pending = workshopId;
}

export function takePrintRequest(workshopId: string): boolean {
  if (pending !== workshopId) return false;
  pending = null;
  return true;
}
