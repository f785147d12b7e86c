/**
 * jsdom has no HTMLDialogElement.showModal() or close(). This stands in for
 * the browser's, including its refusal to open an already open dialog as a
 * modal (InvalidStateError), so component tests exercise the same path as
 * Chromium instead of a fallback.
 */
export function installDialogPolyfill() {
  const proto = HTMLDialogElement.prototype;
  const original = { showModal: proto.showModal, close: proto.close };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (this.hasAttribute('open')) {
      throw new DOMException(
        "Failed to execute 'showModal' on 'HTMLDialogElement': The dialog is already open.",
        'InvalidStateError',
      );
    }
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  return () => {
    proto.showModal = original.showModal;
    proto.close = original.close;
  };
}
