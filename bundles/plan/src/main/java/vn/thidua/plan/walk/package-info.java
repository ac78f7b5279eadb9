/**
 * One located traversal of a plan: every block of its body in reading order, and the elements the
 * blocks hold (tasks, targets, award proposals, phases), each with its JSON Pointer and the numbers
 * the document writes on the way to it. Renderers, the store, the rules and whatever reads a plan
 * next walk it here instead of each walking the tree.
 */
@Export
@Version("1.1.0")
package vn.thidua.plan.walk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
