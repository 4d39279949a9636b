pub(super) fn register(_vm: &mut crate::vm::Vm) {}
